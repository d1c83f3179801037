import "server-only";

// Passwords of 10 or more characters that appear near the top of public breach lists (shorter ones are
// already refused by length). Compared case-insensitively.
export const commonPasswords: ReadonlySet<string> = new Set([
  "1234567890", "12345678910", "123456789a", "1234567890a", "0123456789", "0987654321", "1111111111",
  "0000000000", "1234512345", "1q2w3e4r5t", "1q2w3e4r5t6y", "qwertyuiop", "qwerty1234", "qwerty12345",
  "qwerty123456", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "1qaz2wsx3edc", "qazwsxedc1", "password12",
  "password123", "password1234", "password!1", "password01", "passw0rd123", "p@ssw0rd123", "p@ssword123",
  "iloveyou12", "iloveyou123", "princess123", "sunshine123", "football123", "baseball123", "superman123",
  "monkey12345", "letmein123", "welcome123", "welcome1234", "changeme123", "abc1234567", "abcd123456",
  "abcdefghij", "abcdefg123", "a123456789", "aa12345678", "qwe1234567", "1234qwer!!", "administrator",
  "admin12345", "admin123456", "adminadmin", "dubai12345", "pawpath123", "pawpath2026", "uae12345678",
  "trustno1234", "starwars123", "dragon12345", "michael123", "jennifer123", "whatever123", "computer123",
  "internet123", "liverpool1", "chelsea123", "arsenal123", "manchester", "manchester1", "123123123a",
  "1234abcd!!", "summer2024", "summer2025", "summer2026", "winter2025", "winter2026", "spring2026",
  "autumn2026", "november2026", "password2024", "password2025", "password2026", "qwerty2026",
]);
