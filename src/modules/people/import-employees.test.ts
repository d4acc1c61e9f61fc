import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { orgSetup, peopleFixture } from './people.fixture.ts';

const header =
  'employeeNumber,nameEn,nameAr,email,hireDate,employmentType,workLocation,timeZone,department,position,managerNumber,iban,payAmount,payCurrency,payBasis';
const good = [
  header,
  'P-2,Huda Ali,هدى علي,huda@acme.test,2024-02-01,part_time,remote,Asia/Riyadh,Support,,P-1,,16,USD,hour',
  'P-1,Khalid Omar,خالد عمر,khalid@acme.test,2023-05-01,full_time,hybrid,Europe/Berlin,Sales,Sales rep,,DE89 3704 0044 0532 0130 00,92750,USD,year',
].join('\n');

describe.each(DIALECTS)('employee CSV import on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr } = f);
    await orgSetup(hr);
  });
  afterAll(async () => ctx.close());
  const count = async () => (await hr.get('/api/v1/people/employees?status=all')).body.total;

  it('imports nothing when any row fails, and names every failing row and field', async () => {
    const bad = [
      header,
      'P-1,Khalid Omar,خالد عمر,khalid@acme.test,2023-05-01,full_time,hybrid,Europe/Berlin,Sales,,,,,,',
      'P-3,No Arabic,,x@acme.test,2023-05-01,full_time,office,Asia/Riyadh,Nowhere,,,,,,',
      'P-4,Bad Iban,اسم,y@acme.test,2023-05-01,full_time,office,Asia/Riyadh,,,,SA04 8000 0000 6080 1016 7519,,,',
      'P-1,Twice,مرتين,z@acme.test,2023-05-01,full_time,moon,Asia/Riyadh,,,P-9,,18.50,USD,week',
    ].join('\n');
    const res = await hr.post('/api/v1/people/employees/import', { csv: bad });
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(0);
    expect(res.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:department',
      '3:nameAr',
      '4:iban',
      '5:workLocation',
      '5:pay.basis',
    ]);
    expect(await count()).toBe(0);
  });

  it('rolls back rows already written when a later row fails in the database pass', async () => {
    const loop = [
      header,
      'L-1,A,أ,,2024-01-01,full_time,office,UTC,,,L-2,,,,',
      'L-2,B,ب,,2024-01-01,full_time,office,UTC,,,L-1,,,,',
      'L-3,C,ج,,2024-01-01,full_time,office,UTC,,,,,,,',
    ].join('\n');
    const res = await hr.post('/api/v1/people/employees/import', { csv: loop });
    expect(res.body).toMatchObject({
      imported: 0,
      errors: [
        { row: 2, field: 'managerNumber' },
        { row: 3, field: 'managerNumber' },
      ],
    });
    expect(await count()).toBe(0);
  });

  it('imports every row of a good file, managers first, with pay and department', async () => {
    const res = await hr.post('/api/v1/people/employees/import', { csv: good });
    expect(res.body).toEqual({ imported: 2, errors: [] });
    const huda = (await hr.get('/api/v1/people/employees?q=Huda')).body.items[0];
    expect(huda.current).toMatchObject({ departmentName: { en: 'Support' }, managerName: { en: 'Khalid Omar' } });
    const revealed = (await hr.post(`/api/v1/people/employees/${huda.id}/reveal`)).body;
    expect(revealed.compensation[0]).toMatchObject({ amount: '16.00', currency: 'USD', basis: 'hour' });
    const again = await hr.post('/api/v1/people/employees/import', { csv: good });
    expect(again.body.errors.map((e: { field: string }) => e.field)).toEqual(['employeeNumber', 'employeeNumber']);
  });
});
