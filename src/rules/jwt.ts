// What makes a JSON Web Token a credential rather than an example: its header names an algorithm,
// its signature has the size that algorithm makes (RFC 7518; `.signature` and `.invalidsig` in tests
// are not signatures), and its claims are not the specification's example person ("John Doe", the
// token every JWT tutorial shows). Used by the jwt rule and by the generic rules for JWT-shaped values.

/** Signature sizes in bytes per algorithm (RFC 7518): a signature of another size was never made by it. */
const JWS_SIGNATURE_BYTES: Record<string, [number, number]> = {
  HS256: [32, 32], HS384: [48, 48], HS512: [64, 64],
  ES256: [64, 64], ES384: [96, 96], ES512: [132, 132], EdDSA: [64, 114],
  RS256: [128, 1024], RS384: [128, 1024], RS512: [128, 1024], PS256: [128, 1024], PS384: [128, 1024], PS512: [128, 1024],
};

export function isSignedJwt(secret: string): boolean {
  const [h, p, sig] = secret.split('.');
  const header = jsonObject(h!);
  if (typeof header?.alg !== 'string') return false;
  const size = JWS_SIGNATURE_BYTES[header.alg];
  if (size && sig !== undefined) {
    const bytes = /^[A-Za-z0-9_-]+$/.test(sig) ? Math.floor((sig.length * 3) / 4) : -1;
    if (bytes < size[0] || bytes > size[1]) return false;
  }
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
