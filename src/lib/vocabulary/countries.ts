import { vocabularyKey } from './normalise';

/** One country: its ISO 3166-1 code, its name in each site language, and other spellings. */
export interface Country {
  /** ISO 3166-1 alpha-2, upper case (`KR`). */
  code: string;
  ko: string;
  en: string;
  /** Every other spelling that names it: alpha-2 and alpha-3 codes, ISO and everyday names. */
  aliases: readonly string[];
}

/**
 * Every ISO 3166-1 country as `alpha-2/alpha-3`. Only the codes are typed here: the names
 * come from the runtime's ICU (`Intl.DisplayNames`), which has them in both languages.
 */
const ISO_CODES = `
  AD/AND AE/ARE AF/AFG AG/ATG AI/AIA AL/ALB AM/ARM AO/AGO AQ/ATA AR/ARG AS/ASM AT/AUT
  AU/AUS AW/ABW AX/ALA AZ/AZE BA/BIH BB/BRB BD/BGD BE/BEL BF/BFA BG/BGR BH/BHR BI/BDI
  BJ/BEN BL/BLM BM/BMU BN/BRN BO/BOL BQ/BES BR/BRA BS/BHS BT/BTN BV/BVT BW/BWA BY/BLR
  BZ/BLZ CA/CAN CC/CCK CD/COD CF/CAF CG/COG CH/CHE CI/CIV CK/COK CL/CHL CM/CMR CN/CHN
  CO/COL CR/CRI CU/CUB CV/CPV CW/CUW CX/CXR CY/CYP CZ/CZE DE/DEU DJ/DJI DK/DNK DM/DMA
  DO/DOM DZ/DZA EC/ECU EE/EST EG/EGY EH/ESH ER/ERI ES/ESP ET/ETH FI/FIN FJ/FJI FK/FLK
  FM/FSM FO/FRO FR/FRA GA/GAB GB/GBR GD/GRD GE/GEO GF/GUF GG/GGY GH/GHA GI/GIB GL/GRL
  GM/GMB GN/GIN GP/GLP GQ/GNQ GR/GRC GS/SGS GT/GTM GU/GUM GW/GNB GY/GUY HK/HKG HM/HMD
  HN/HND HR/HRV HT/HTI HU/HUN ID/IDN IE/IRL IL/ISR IM/IMN IN/IND IO/IOT IQ/IRQ IR/IRN
  IS/ISL IT/ITA JE/JEY JM/JAM JO/JOR JP/JPN KE/KEN KG/KGZ KH/KHM KI/KIR KM/COM KN/KNA
  KP/PRK KR/KOR KW/KWT KY/CYM KZ/KAZ LA/LAO LB/LBN LC/LCA LI/LIE LK/LKA LR/LBR LS/LSO
  LT/LTU LU/LUX LV/LVA LY/LBY MA/MAR MC/MCO MD/MDA ME/MNE MF/MAF MG/MDG MH/MHL MK/MKD
  ML/MLI MM/MMR MN/MNG MO/MAC MP/MNP MQ/MTQ MR/MRT MS/MSR MT/MLT MU/MUS MV/MDV MW/MWI
  MX/MEX MY/MYS MZ/MOZ NA/NAM NC/NCL NE/NER NF/NFK NG/NGA NI/NIC NL/NLD NO/NOR NP/NPL
  NR/NRU NU/NIU NZ/NZL OM/OMN PA/PAN PE/PER PF/PYF PG/PNG PH/PHL PK/PAK PL/POL PM/SPM
  PN/PCN PR/PRI PS/PSE PT/PRT PW/PLW PY/PRY QA/QAT RE/REU RO/ROU RS/SRB RU/RUS RW/RWA
  SA/SAU SB/SLB SC/SYC SD/SDN SE/SWE SG/SGP SH/SHN SI/SVN SJ/SJM SK/SVK SL/SLE SM/SMR
  SN/SEN SO/SOM SR/SUR SS/SSD ST/STP SV/SLV SX/SXM SY/SYR SZ/SWZ TC/TCA TD/TCD TF/ATF
  TG/TGO TH/THA TJ/TJK TK/TKL TL/TLS TM/TKM TN/TUN TO/TON TR/TUR TT/TTO TV/TUV TW/TWN
  TZ/TZA UA/UKR UG/UGA UM/UMI US/USA UY/URY UZ/UZB VA/VAT VC/VCT VE/VEN VG/VGB VI/VIR
  VN/VNM VU/VUT WF/WLF WS/WSM YE/YEM YT/MYT ZA/ZAF ZM/ZMB ZW/ZWE
`;

/**
 * Where ICU's name is not the one a film credit uses: its Hong Kong and Macao carry a
 * political qualifier (`홍콩(중국 특별행정구)`, `Hong Kong SAR China`), Korean film sites
 * (KOBIS, Naver) say `호주` for Australia, and ICU's `남아프리카` reads in Korean as the
 * region, not the republic. ICU's own names stay aliases.
 */
const LABELS: Readonly<Record<string, Partial<Record<'ko' | 'en', string>>>> = {
  AU: { ko: '호주' },
  HK: { ko: '홍콩', en: 'Hong Kong' },
  MO: { ko: '마카오', en: 'Macao' },
  ZA: { ko: '남아프리카 공화국' },
};

/**
 * Spellings people write besides the codes and ICU's names: ISO's formal short names,
 * older or everyday names in both languages. Each must name one country only, so
 * ambiguous ones stay free text (`Congo`, `Virgin Islands`), and so do states that split
 * into several of today's (`Soviet Union`, `소련`, `Czechoslovakia`, `Yugoslavia`). West and
 * East Germany map to today's Germany, and England, Scotland and Wales to the United
 * Kingdom, as film databases credit them.
 */
// prettier-ignore
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', '아랍에미리트 연합'],
  AG: ['Antigua and Barbuda'],
  AU: ['오스트레일리아'],
  BA: ['Bosnia and Herzegovina', 'Bosnia', '보스니아'],
  BN: ['Brunei Darussalam'],
  BO: ['Bolivia, Plurinational State of'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Congo, The Democratic Republic of the', '콩고민주공화국'],
  CG: ['Republic of the Congo', '콩고 공화국'],
  CI: ['Ivory Coast', '코트디부아르 공화국'],
  CN: ['PRC', "People's Republic of China", '중화인민공화국'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic', 'Czech', '체코 공화국'],
  DE: ['West Germany', '서독', 'East Germany', '동독'],
  ES: ['에스파냐'],
  FM: ['Micronesia, Federated States of'],
  GB: ['UK', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland', 'England', '잉글랜드', 'Scotland', '스코틀랜드', 'Wales', '웨일스', 'Northern Ireland', '북아일랜드'],
  GE: ['그루지야'],
  HK: ['Hong Kong SAR'],
  IE: ['Republic of Ireland', 'Éire'],
  IR: ['Iran, Islamic Republic of'],
  IT: ['이태리'],
  KN: ['Saint Kitts and Nevis'],
  KP: ['North Korea', 'DPRK', "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", '조선민주주의인민공화국'],
  KR: ['한국', '남한', 'Korea', 'Republic of Korea', 'Korea, Republic of', 'ROK', 'S. Korea'],
  LA: ["Lao People's Democratic Republic"],
  LC: ['Saint Lucia'],
  MD: ['Moldova, Republic of'],
  MK: ['Macedonia', '마케도니아'],
  MM: ['Burma', '버마'],
  MO: ['Macau'],
  NL: ['Holland', 'The Netherlands', '홀란드'],
  PS: ['Palestine', 'State of Palestine', 'Palestine, State of', '팔레스타인'],
  RU: ['Russian Federation'],
  ST: ['Sao Tome and Principe'],
  SY: ['Syrian Arab Republic'],
  SZ: ['Swaziland', '스와질란드'],
  TL: ['East Timor'],
  TR: ['Turkey', '터키'],
  TT: ['Trinidad and Tobago'],
  TW: ['타이완', 'Taiwan, Province of China', 'Republic of China', '중화민국'],
  TZ: ['Tanzania, United Republic of'],
  US: ['America', 'United States of America', '미합중국'],
  VA: ['Vatican', 'Holy See', '바티칸'],
  VC: ['Saint Vincent and the Grenadines'],
  VE: ['Venezuela, Bolivarian Republic of'],
  VN: ['Viet Nam'],
  ZA: ['남아공', 'Republic of South Africa'],
};

/** ICU's name for a region, or the code itself where ICU has none (the tests check it has all). */
function regionNames(locale: 'ko' | 'en'): (code: string) => string {
  const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
  return (code) => names.of(code) ?? code;
}

/** Alpha-2 and alpha-3 codes → their country. */
const byCode = new Map<string, Country>();

/** ISO 3166-1 countries, in alpha-2 order, named once when the module loads. */
export const COUNTRIES: readonly Country[] = (() => {
  const ko = regionNames('ko');
  const en = regionNames('en');
  return ISO_CODES.trim()
    .split(/\s+/)
    .map((pair) => {
      const [code = '', alpha3 = ''] = pair.split('/');
      const labels = { ko: ko(code), en: en(code), ...LABELS[code] };
      // ICU's names where a label replaces them, then the hand-written spellings.
      const icu = [ko(code), en(code)].filter((name) => name !== labels.ko && name !== labels.en);
      const aliases = [code, alpha3, ...icu, ...(ALIASES[code] ?? [])];
      const country: Country = { code, ...labels, aliases };
      byCode.set(code, country).set(alpha3, country);
      return country;
    });
})();

/** Every spelling's key → its country. */
const byKey = new Map<string, Country>();
for (const country of COUNTRIES)
  for (const name of [country.ko, country.en, ...country.aliases])
    byKey.set(vocabularyKey(name), country);

/**
 * The country a name means: its Korean or English name, alpha-2 or alpha-3 code, ISO's
 * formal name or a common alias, whatever its case, spacing or punctuation.
 */
export function countryByName(name: string): Country | undefined {
  return byKey.get(vocabularyKey(name));
}

/** The country with this ISO 3166-1 code, alpha-2 (`KR`) or alpha-3 (`KOR`), in any case. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.trim().toUpperCase());
}
