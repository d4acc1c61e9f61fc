import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

export type SearchOption = { value: string; label: string };

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  /** The server's matches for the last text given to `onText` (a page of them). */
  options: SearchOption[];
  loading?: boolean;
  /** What the reader typed, after a pause ('' when nothing is typed, or the chosen option's label is shown). */
  onText: (text: string) => void;
  /** The option already chosen, shown even when the current search does not return it. */
  selected?: SearchOption | null;
};

/**
 * A select over a list too long to load whole (employees, users): what is typed goes to the server
 * (after a pause) and its first page of matches is offered. Loading the first 200 instead left the
 * rest of a large company out of reach.
 */
export function SearchSelect({ options, loading, onText, selected, ...props }: Props) {
  const [search, setSearch] = useState('');
  const typed = search.trim() === (selected?.label ?? '') ? '' : search.trim();
  const [text] = useDebouncedValue(typed, 250);
  useEffect(() => onText(text), [text, onText]);
  const data = selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;
  return (
    <Select
      {...props}
      searchable
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? '…' : props.nothingFoundMessage}
    />
  );
}
