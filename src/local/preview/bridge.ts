/**
 * The browser half of the preview: a `google.script.run` look-alike injected into the sidebar page.
 * Like the real one it is chainable (withSuccessHandler / withFailureHandler / withUserObject, each
 * returning a new runner), answers asynchronously, rejects Date and function arguments, and turns
 * `undefined` inside arrays into null. Calls are POSTed as `{ name, args }` JSON to `/rpc`.
 */

export const BRIDGE_SCRIPT = `(function () {
  'use strict';
  function illegal(value) {
    if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'a function' : null;
    if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
    if (typeof Node !== 'undefined' && value instanceof Node) return 'a DOM element';
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i += 1) {
      var found = illegal(value[keys[i]]);
      if (found) return found;
    }
    return null;
  }
  function send(name, args, success, failure, userObject) {
    var fail = function (message) {
      setTimeout(function () {
        if (failure) failure(new Error(message), userObject);
      }, 0);
    };
    var bad = illegal(args);
    if (bad) return fail('ScriptError: ' + name + ' was passed ' + bad + '; pass only primitives, plain objects and arrays (dates as ISO strings).');
    var body = JSON.stringify({ name: name, args: args }, function (key, value) {
      return value === undefined && Array.isArray(this) ? null : value;
    });
    fetch('/rpc', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (response) { return response.json(); })
      .then(function (reply) {
        if (reply.ok) { if (success) success(reply.value, userObject); }
        else fail(reply.error);
      })
      .catch(function (error) { fail('NetworkError: ' + (error && error.message)); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (object) { return runner(success, failure, object); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { send(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();`;

/**
 * Puts the bridge script into the sidebar page, before any of the page's own scripts run.
 *
 * @example
 * injectBridge('<!DOCTYPE html><html><head><title>x</title></head>…').includes('<head><script>')
 * //=> true
 */
export function injectBridge(html: string): string {
  const tag = `<script>${BRIDGE_SCRIPT}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
