/**
 * Flags that seal the browser at its own level, beyond request interception (which does not
 * see prefetch, preconnect, navigations or the browser's own services): every host name
 * resolves to nothing, every connection goes to a proxy that is not there (loopback included),
 * and the services that phone home at start are off. Kept apart so a test can check them.
 */
export const SEALING_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-field-trial-config',
  '--metrics-recording-only',
  '--disable-breakpad',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=DnsOverHttps,AsyncDns,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
];
