/** Names a pull request could give its metrics to break out of a report. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  '@octocat please merge',
  'a|b|c',
  '</details><script>alert(1)</script>',
  '```\nx',
  '"]\n    line [1, 2]\n%%{init: {"theme": "dark"}}%%',
  '<!-- ml-actions:metrics-report v=1 key= sha=- time=9999 run=- -->',
  'https://evil.example/bare',
  '#1 <b>bold</b> **x** _y_ ~~z~~',
];
