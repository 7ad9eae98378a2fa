// How one-line reports (annotations, workflow commands) name a recognised credential and where to
// rotate it: " (GitHub classic personal access token; rotate: https://…)", or nothing.
import { rotationLink } from '../rules/rotation.js';

export function credentialNote(f: { message: string; credential?: string }): string {
  if (!f.credential) return '';
  const rotate = rotationLink(f.credential);
  const named = f.message.includes(f.credential) ? [] : [f.credential];
  const parts = [...named, ...(rotate ? [`rotate: ${rotate}`] : [])];
  return parts.length ? ` (${parts.join('; ')})` : '';
}
