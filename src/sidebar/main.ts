/**
 * Sidebar entry point (bundled into dist/Sidebar.html). Wires the RPC client to
 * `google.script.run` and starts the app once the page is parsed.
 */
import type { Language } from '../core/model/types';
import { startSidebar } from './app';
import { createRpcClient, type ScriptRun } from './rpc';

declare const google: { readonly script: { readonly run: ScriptRun } } | undefined;

function browserLanguage(): Language {
  return /^ja\b/i.test(navigator.language) ? 'ja' : 'en';
}

function boot(): void {
  const root = document.getElementById('app');
  if (root === null) return;
  const rpc = createRpcClient({
    runner: () => {
      if (typeof google === 'undefined') throw new Error('NetworkError: google.script.run is not available');
      return google.script.run;
    },
    // The app keeps the root's lang attribute current.
    language: () => (root.getAttribute('lang') === 'en' ? 'en' : 'ja'),
  });
  startSidebar({ root, initialLanguage: browserLanguage(), call: rpc.call });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
