// The slice of the chrome.* API the tests call inside the service worker (evaluated there, not here).
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
    getTitle(details: object): Promise<string>;
  };
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
    create(id: string, options: object): Promise<string>;
  };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
