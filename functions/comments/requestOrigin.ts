/** Who sent the request, as far as the service may know it: for Akismet during the request only (the IP is never stored raw). */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  referrer: string | null;
}
