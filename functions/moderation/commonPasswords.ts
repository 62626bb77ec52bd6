/**
 * Passwords of 12 or more characters that lead the published lists of leaked
 * passwords (and their German favourites). Compared lower-cased.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000', '123123123123',
  'qwertyuiopasdfghjkl', 'qwertyuiop123', 'qwertzuiop123', 'qwertzuiopü', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3',
  'passwort1234', 'passwort123456', 'password1234', 'password123456', 'passwordpassword', 'passwortpasswort',
  'iloveyou1234', 'ichliebedich1', 'ichliebedich123', 'hallohallo12', 'hallo1234567', 'sommer123456', 'fussball1234',
  'schatz123456', 'letmein12345', 'welcome12345', 'willkommen12', 'willkommen123', 'administrator', 'administrator1',
  'adminadmin123', 'changeme1234', 'abcdefghijkl', 'abc123abc123', 'asdfghjkl123', 'trustno1trustno1', 'superman1234',
  'klartext1234', 'klartext12345', 'moderator123', 'moderator1234', 'kommentare123',
]);
