/**
 * How every cookie of ours is named and flagged. In production a cookie is `Secure` and carries
 * the `__Host-` prefix, so the browser refuses it unless it came over HTTPS from this very host
 * with `Path=/` and no `Domain`: a neighbouring subdomain or a network attacker on plain HTTP
 * cannot plant or overwrite it. Browsers treat http://localhost as secure, so `npm start` and the
 * end-to-end tests keep working on this machine; plain HTTP from another address is not supported.
 */
export interface CookiePolicy {
  name: string;
  secure: boolean;
  httpOnly: true;
  sameSite: "lax";
  path: "/";
}

export function isProductionRuntime(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === "production";
}

export function cookiePolicy(baseName: string, options: { secure?: boolean } = {}): CookiePolicy {
  const secure = options.secure ?? isProductionRuntime();
  return { name: secure ? `__Host-${baseName}` : baseName, secure, httpOnly: true, sameSite: "lax", path: "/" };
}
