/**
 * The embed loader, served as /embed.js (see src/pages/embed.js.ts, which fills in TITLES and
 * MESSAGE at build time). A career center pastes one tag:
 *   <script src="https://SITE/embed.js" data-tool="checklist" async></script>
 * (with data-lang="es" for the Spanish tool) and this puts a titled iframe of /embed/<tool>/
 * (/es/embed/<tool>/) right after the tag, then keeps the iframe as
 * tall as its content. It trusts a message only when it comes from the toolkit's own origin
 * (taken from this script's src) and from its own iframe, and carries its own frame id, so any
 * number of embeds can share a page. An IIFE: nothing leaks into the host's globals.
 */
(function () {
  var TITLES = __TITLES__;
  var MESSAGE = __MESSAGE__;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var data = script.dataset;
  // Titles by language, then by tool; English unless data-lang names another language.
  var lang = Object.prototype.hasOwnProperty.call(TITLES, data.lang) ? data.lang : 'en';
  var titles = TITLES[lang];
  var tool = Object.prototype.hasOwnProperty.call(titles, data.tool)
    ? data.tool
    : Object.keys(titles)[0];
  if (tool !== data.tool) console.warn('embed.js: unknown data-tool, showing the ' + tool);
  var origin = new URL(script.src).origin;
  var id = 'iik' + Math.random().toString(36).slice(2, 10);
  var url = new URL((lang === 'en' ? '' : '/' + lang) + '/embed/' + tool + '/', script.src);
  ['accent', 'theme', 'org'].forEach(function (key) {
    if (data[key]) url.searchParams.set(key, data[key]);
  });
  url.searchParams.set('frame', id);

  var frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = data.title || titles[tool];
  frame.className = 'iik-embed';
  // Set through CSSOM, which a host's style-src policy allows (a style attribute it may not).
  frame.style.cssText = 'display:block;width:100%;height:40rem;border:0';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!m || m.type !== MESSAGE || m.frame !== id) return;
    var height = Math.ceil(m.height);
    if (height > 0 && height < 1e5) frame.style.height = height + 'px';
    // A link inside the frame can lead to another tool: the title names the one it shows.
    if (!data.title && Object.prototype.hasOwnProperty.call(titles, m.tool)) {
      frame.title = titles[m.tool];
    }
  });
})();
