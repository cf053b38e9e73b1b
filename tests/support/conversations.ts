/**
 * A LinkedIn "Connections.csv" export as LinkedIn writes it: a few lines of notes, a blank
 * line, then the row of headings and one row per connection (names and companies with commas
 * quoted), CRLF line ends.
 */
export function linkedInExport(count: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here: https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  for (let i = 1; i <= count; i++)
    lines.push(
      [
        'Ada',
        `Lovelace ${i}`,
        `https://www.linkedin.com/in/ada-${i}`,
        i % 3 ? `ada${i}@example.com` : '',
        '"Analytical Engines, Inc."',
        '"Engineer, Platform"',
        `${String((i % 28) + 11)
          .padStart(2, '0')
          .slice(-2)} ${months[i % 12]} 2024`,
      ].join(','),
    );
  return lines.join('\r\n') + '\r\n';
}
