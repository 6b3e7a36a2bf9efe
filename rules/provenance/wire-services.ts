/**
 * News agencies, by the names bylines and credits use. A credit to one of them is a
 * wire-service credit, and an agency named as author is an organisation, not a person.
 */
const WIRE_SERVICES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'AFP', pattern: /\bAFP\b|Agence France[- ]Presse/ },
  { name: 'Reuters', pattern: /\bReuters\b/i },
  { name: 'AP', pattern: /\bAP\b|Associated Press/ },
  { name: 'Belga', pattern: /\bBelga\b/ },
  { name: 'ANP', pattern: /\bANP\b/ },
  { name: 'dpa', pattern: /\bdpa\b|Deutsche Presse-Agentur/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'Bloomberg', pattern: /\bBloomberg News\b/ },
  { name: 'PA', pattern: /\bPA Media\b|\bPress Association\b/ },
  { name: 'ATS', pattern: /\bATS\b|\bKeystone-ATS\b/ },
  { name: 'Xinhua', pattern: /\bXinhua\b/ },
  { name: 'UPI', pattern: /\bUPI\b|United Press International/ },
  { name: 'CP', pattern: /\bThe Canadian Press\b/ },
];

/** The agencies a text names, in list order. */
export function wireServicesIn(text: string): string[] {
  return WIRE_SERVICES.filter((service) => service.pattern.test(text)).map((service) => service.name);
}

/** True when the whole string is an agency name ("AFP", "Associated Press", "Reuters staff"). */
export function isWireService(name: string): boolean {
  const trimmed = name.replace(/\b(?:staff|avec|with|and|et|\/|&|,)\b/gi, ' ').trim();
  return trimmed !== '' && WIRE_SERVICES.some((service) => {
    const rest = trimmed.replace(new RegExp(service.pattern.source, 'g' + service.pattern.flags.replace('g', '')), '').trim();
    return rest === '' || /^[\s,/&.-]*$/.test(rest);
  });
}
