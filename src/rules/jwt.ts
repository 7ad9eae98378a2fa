// What makes a JSON Web Token a credential rather than an example: its header names an algorithm,
// its signature is at least as long as the shortest any algorithm makes (RFC 7518; `.signature` and
// `.invalidsig` in tests are not signatures), and its claims are not the specification's example person ("John Doe", the
// token every JWT tutorial shows). Used by the jwt rule and by the generic rules for JWT-shaped values.

/**
 * The smallest signature a JWS algorithm makes is 32 bytes (HS256, RFC 7518), 43 base64url characters:
 * anything shorter (`.signature`, `.invalidsig`) was never made by one. Sizes are not matched per
 * algorithm: generated test tokens often carry a 32-byte signature whatever the header says.
 */
const MIN_SIGNATURE_CHARS = 43;

export function isSignedJwt(secret: string): boolean {
  const [h, p, sig] = secret.split('.');
  const header = jsonObject(h!);
  if (typeof header?.alg !== 'string') return false;
  if (header.alg.toLowerCase() !== 'none' && (sig === undefined || !/^[A-Za-z0-9_-]+$/.test(sig) || sig.length < MIN_SIGNATURE_CHARS)) return false;
  const claims = fromBase64(p ?? '')?.toString('utf8') ?? '';
  return !/"(?:John|Jane) Doe"/.test(claims);
}

export function looksLikeJwt(v: string): boolean {
  return /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/.test(v);
}

/** base64 or base64url, or undefined when the text is neither. */
export function fromBase64(s: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** The JSON object a base64 text holds, or undefined. */
export function jsonObject(b64: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(fromBase64(b64)?.toString('utf8') ?? '');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
