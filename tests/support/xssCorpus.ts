/**
 * Comment bodies that try to run script, load something or smuggle a
 * dangerous link. Every payload that would run sets window.__xss or opens a
 * dialog, so a test can tell.
 */
export const XSS_BODIES = [
  '<script>window.__xss=1</script>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r=1 /></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">klick</a>',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=1&#62;',
  '[klick](javascript:window.__xss=1)',
  '[klick](JaVaScRiPt:window.__xss=1)',
  '[klick](java\tscript:window.__xss=1)',
  '[klick](&#106;avascript:window.__xss=1)',
  '[klick](&#x6A;&#x61;vascript:window.__xss=1)',
  '[klick](  javascript:window.__xss=1  )',
  '[klick](<javascript:window.__xss=1>)',
  '[klick](javascript&colon;window.__xss=1)',
  '<javascript:window.__xss=1>',
  '[klick](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  '[klick](vbscript:msgbox(1))',
  '[klick](//evil.example/x)',
  '[klick](https://example.org "title" onmouseover="window.__xss=1")',
  '[klick](https://example.org/"onmouseover="window.__xss=1)',
  '[<img src=x onerror=window.__xss=1>](https://example.org)',
  '![bild](javascript:window.__xss=1)',
  '![bild](https://example.org/bild.png)',
  '`<script>window.__xss=1</script>`',
  '> <img src=x onerror=window.__xss=1>\n> zitiert',
  '*<img src=x onerror=window.__xss=1>*',
  '[a](https://example.org)[b](javascript:window.__xss=1)',
  '<style>@import "https://evil.example/x.css";</style>',
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
  '<object data="javascript:window.__xss=1"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
];

/** Names that try the same through the author line. */
export const XSS_NAMES = ['<img src=x onerror=window.__xss=1>', '"><script>window.__xss=1</script>', "' onmouseover='window.__xss=1"];

/** Website URLs that pass validation (http/https) but try to break out of the href. */
export const XSS_URLS = ['https://example.org/"onmouseover="window.__xss=1', "https://example.org/'><script>window.__xss=1</script>"];
