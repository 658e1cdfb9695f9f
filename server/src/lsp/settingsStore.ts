// Settings per document: pulled with workspace/configuration (scoped to the document, so each
// workspace folder gets its own), or pushed (initializationOptions, didChangeConfiguration) for other clients.
import type { Connection } from 'vscode-languageserver';
import { logError } from './guard';
import { parseSettings, type ServerSettings } from './settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private pushed: ServerSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
  ) {
    this.pushed = parseSettings(initial);
  }

  get(uri: string): Promise<ServerSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.pull(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** After didChangeConfiguration: forget pulled values; take pushed ones when the client sent them. */
  reset(pushedSection: unknown): void {
    this.cache.clear();
    if (pushedSection !== undefined && pushedSection !== null) this.pushed = parseSettings(pushedSection);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async pull(uri: string): Promise<ServerSettings> {
    try {
      const section: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'prfaq' });
      return parseSettings(section);
    } catch (e) {
      logError(this.connection.console, 'workspace/configuration', e);
      return this.pushed;
    }
  }
}
