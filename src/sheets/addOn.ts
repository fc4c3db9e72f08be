/**
 * Simple triggers of the editor add-on. onOpen must stay cheap and, in AuthMode.NONE, touch nothing
 * but the menu builder.
 */
import { addAddOnMenu } from './menu';

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addAddOnMenu(event);
}

/** Right after installation: show the menu without waiting for the next open. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  addAddOnMenu(event);
}
