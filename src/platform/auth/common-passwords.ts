/**
 * Passwords refused outright: the most common leaked passwords of 8+ characters (from public
 * breach-frequency lists), plus product-specific guesses. Compared case-insensitively.
 */
export const commonPasswords = new Set(
  `password 12345678 123456789 1234567890 password1 password123 qwertyuiop 11111111 iloveyou1 qwerty123
1q2w3e4r 1q2w3e4r5t 1qaz2wsx sunshine1 princess1 football1 baseball1 welcome1 welcome123 admin123 admin1234
administrator passw0rd p@ssw0rd p@ssword 00000000 87654321 abcdefgh abcd1234 abc12345 12341234 88888888
99999999 12121212 11223344 asdfghjk asdfasdf zxcvbnm1 qwertyui qwerty12 letmein1 letmein123 trustno1
starwars1 superman1 batman123 dragon123 monkey123 shadow123 master123 michael1 jennifer1 jordan23
whatever1 computer1 internet1 password! password12 password01 password2 changeme changeme1 changeme123
secret123 default1 guest1234 test1234 testtest q1w2e3r4 q1w2e3r4t5 zaq12wsx 123qweasd qweasdzxc
1234qwer qwer1234 123456789a a123456789 aa123456 aa12345678 123123123 147258369 159753456 741852963
987654321 999999999 123456123 7777777a 55555555 66666666 77777777 22222222 33333333 44444444 unknown1
football baseball basketball sunshine princess iloveyou superman starwars whatever computer internet
michelle jennifer jessica1 charlie1 thomas123 liverpool chelsea1 arsenal1 barcelona realmadrid
samsung1 iphone123 google123 facebook1 linkedin microsoft windows10 kawalis1 kawalis123 kawalisadmin
backoffice backoffice1 accounting finance123 company123 welcome2026 welcome2025 summer2026 winter2026
spring2026 autumn2026 january2026 december2026 password2026 password2025 admin2026 qwertyuiop123
mustang1 access14 freedom1 hello123 helloworld loveyou1 lovely123 flower123 cookie123 pokemon1
naruto123 1234abcd 12345qwert 12345abc 1qazxsw2 !qaz2wsx zxcvbnm123 asdf1234 asdfghjkl qazwsxedc
pakistan1 bismillah 786786786 allah1234 mohammed1 muhammad1 ahmed1234 ali12345 yaallah1 alhamdulillah
saudi1234 egypt1234 dubai1234 riyadh123 cairo1234`
    .split(/\s+/)
    .filter(Boolean),
);
