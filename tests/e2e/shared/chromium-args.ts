// Chromium flags for running the built extension with no network: shared by the end-to-end
// fixtures, the benchmarks and the demo. Every host but 127.0.0.1 is unresolvable, so the
// browser's own background traffic goes nowhere; the two sites are answered by interception.
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}
