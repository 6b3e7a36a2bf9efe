/**
 * The WHATWG URL class, which Node and every browser provide but the ES library
 * does not declare. The pure layers are compiled without the DOM library (so that they
 * cannot touch a page), so the part of URL they use is declared here.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  hash: string;
  readonly searchParams: { get(name: string): string | null; has(name: string): boolean };
}
