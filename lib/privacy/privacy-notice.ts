/**
 * The version of the privacy notice on /privacy. Each consent records the version the family
 * agreed to; change this whenever the notice's text changes in substance.
 */
export const PRIVACY_NOTICE_VERSION = "2026-11-24";
