/**
 * PropertiesService: document properties live on the workbook (remembered per spreadsheet, design
 * §3.2), user properties in a store the caller may share between runs.
 */
import type { PropertyStore } from '../workbook/model';
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

function requireName(name: unknown, method: string): string {
  if (typeof name !== 'string' || name === '') throw new Error(`${method}: the key must be a non-empty string`);
  return name;
}

export class Properties implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly store: PropertyStore,
  ) {}

  getProperty(key: unknown): string | null {
    return this.store.get(requireName(key, 'Properties.getProperty'));
  }

  setProperty(key: unknown, value: unknown): Properties {
    this.store.set(requireName(key, 'Properties.setProperty'), String(value));
    return this;
  }

  getProperties(): Record<string, string> {
    return this.store.toObject();
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): Properties {
    if (typeof properties !== 'object' || properties === null) throw new Error('Properties.setProperties: expected an object');
    if (deleteAllOthers === true) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, String(value));
    return this;
  }

  getKeys(): string[] {
    return this.store.keys();
  }

  deleteProperty(key: unknown): Properties {
    this.store.delete(requireName(key, 'Properties.deleteProperty'));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }
}
exposeAs('Properties', Properties);

export class PropertiesServiceLocal implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly userStore: PropertyStore,
  ) {}

  getDocumentProperties(): Properties {
    return new Properties(this.env, this.env.workbook.documentProperties);
  }

  getUserProperties(): Properties {
    return new Properties(this.env, this.userStore);
  }
}
exposeAs('PropertiesService', PropertiesServiceLocal);
