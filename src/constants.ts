// Names shared by the detection rules and the fixes, defined once.

/** kubectl's annotation that copies the whole applied object (a Secret's values included) into metadata. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Annotations that hold a copy of the object: a fix drops them, or the plaintext would stay beside the ciphertext. */
export const LAST_APPLIED_ANNOTATIONS: readonly string[] = [LAST_APPLIED, 'kubecfg.ksonnet.io/last-applied-configuration'];
