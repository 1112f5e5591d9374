/**
 * Demo catalog for Audio Tài Lộc: categories, brands and ~260 products.
 *
 * Products are written as one short row each (brand, model, price, colours, a highlight phrase and the
 * specs that differ from the category defaults); `buildDemoProducts()` expands the rows into full
 * `SeedProduct`s. Everything random (stock, sales, discounts, wording choices) comes from a PRNG seeded
 * by the product slug, so the output is identical on every call and a row added later does not
 * reshuffle the others.
 */
import type { SeedBrand, SeedCategory, SeedProduct, SeedVariant, SpecKey } from './types';

type Specs = Partial<Record<SpecKey, string>>;

const img = (file: string): string => `/images/demo/${file}.svg`;

// ---------------------------------------------------------------------------------------------
// Categories: six parents, fourteen leaves. Products always point at a leaf.
// A parent's filterSpecs only name keys that every product below it carries.
// ---------------------------------------------------------------------------------------------

// biome-ignore format: hand-aligned data table, one entry per line or block
export const demoCategories: SeedCategory[] = [
  {
    slug: 'loa', name: 'Loa', parentSlug: null, sortOrder: 1, image: img('bookshelf-speaker'),
    description: 'Loa nghe nhạc chính hãng: loa bluetooth di động, loa karaoke, loa bookshelf hi-fi và loa soundbar cho TV.',
    keywords: 'loa speaker loa nghe nhạc loa nghe nhac loa không dây loa khong day',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'loa-bluetooth', name: 'Loa bluetooth', parentSlug: 'loa', sortOrder: 1, image: img('bluetooth-speaker'),
    description: 'Loa bluetooth di động nhỏ gọn, pin lâu, chống nước cho dã ngoại và nghe nhạc hằng ngày.',
    keywords: 'loa bluetooth loa blutooth loa di động loa di dong loa không dây loa khong day portable speaker loa mini',
    filterSpecs: ['connectivity', 'waterproof'],
  },
  {
    slug: 'loa-karaoke', name: 'Loa karaoke', parentSlug: 'loa', sortOrder: 2, image: img('karaoke-speaker'),
    description: 'Loa kéo, loa party và hệ thống PA di động cho hát karaoke gia đình, tiệc tùng và sự kiện.',
    keywords: 'loa karaoke loa kéo loa keo loa party loa hát karaoke loa hat karaoke partybox loa di động có micro',
    filterSpecs: ['waterproof'],
  },
  {
    slug: 'loa-bookshelf', name: 'Loa bookshelf', parentSlug: 'loa', sortOrder: 3, image: img('bookshelf-speaker'),
    description: 'Loa bookshelf (loa kệ sách) hi-fi thụ động và active cho phòng nghe nhạc, phòng khách và góc làm việc.',
    keywords: 'loa bookshelf loa kệ sách loa ke sach loa hifi loa hi-fi loa thụ động loa thu dong loa active loa monitor',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'soundbar', name: 'Loa soundbar', parentSlug: 'loa', sortOrder: 4, image: img('soundbar'),
    description: 'Loa soundbar nâng cấp âm thanh TV với Dolby Atmos, lời thoại rõ ràng và kết nối HDMI eARC.',
    keywords: 'soundbar sound bar loa thanh loa tivi loa tv loa xem phim dolby atmos loa tivi samsung',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'tai-nghe', name: 'Tai nghe', parentSlug: null, sortOrder: 2, image: img('over-ear-headphones'),
    description: 'Tai nghe chính hãng: true wireless, chụp tai chống ồn, tai nghe kiểm âm và in-ear có dây.',
    keywords: 'tai nghe headphone earphone tai phone tai nghe bluetooth tai nghe khong day',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'tai-nghe-true-wireless', name: 'Tai nghe true wireless', parentSlug: 'tai-nghe', sortOrder: 1, image: img('tws-earbuds'),
    description: 'Tai nghe true wireless nhét tai không dây, chống ồn chủ động, pin lâu cùng hộp sạc nhỏ gọn.',
    keywords: 'tai nghe true wireless tai nghe không dây tai nghe khong day tws earbuds tai nghe nhét tai tai nghe bluetooth airpods',
    filterSpecs: ['anc', 'bluetooth'],
  },
  {
    slug: 'tai-nghe-chong-on', name: 'Tai nghe chống ồn', parentSlug: 'tai-nghe', sortOrder: 2, image: img('over-ear-headphones'),
    description: 'Tai nghe chụp tai chống ồn chủ động (ANC) cho máy bay, văn phòng và những giờ làm việc cần tập trung.',
    keywords: 'tai nghe chống ồn tai nghe chong on anc noise cancelling tai nghe chụp tai tai nghe chup tai headphone bluetooth',
    filterSpecs: ['bluetooth'],
  },
  {
    slug: 'tai-nghe-co-day', name: 'Tai nghe có dây', parentSlug: 'tai-nghe', sortOrder: 3, image: img('wired-iem'),
    description: 'Tai nghe có dây cho audiophile và phòng thu: tai nghe kiểm âm, open-back và in-ear monitor (IEM).',
    keywords: 'tai nghe có dây tai nghe co day iem in-ear tai nghe kiểm âm tai nghe kiem am studio monitor audiophile',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'thiet-bi-khuech-dai', name: 'Thiết bị khuếch đại', parentSlug: null, sortOrder: 3, image: img('amplifier'),
    description: 'Amply (âm ly) stereo, network receiver và DAC/AMP giải mã cho dàn hi-fi và tai nghe.',
    keywords: 'thiết bị khuếch đại thiet bi khuech dai amply âm ly am ly ampli amplifier dac amp',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'amply', name: 'Amply (âm ly)', parentSlug: 'thiet-bi-khuech-dai', sortOrder: 1, image: img('amplifier'),
    description: 'Amply (âm ly) tích hợp stereo để kéo loa bookshelf, loa cột; nhiều mẫu có DAC, Bluetooth và streaming.',
    keywords: 'amply âm ly am ly ampli amplifier khuếch đại khuech dai integrated amplifier receiver ampli nghe nhạc',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'dac-amp-giai-ma', name: 'DAC/AMP giải mã', parentSlug: 'thiet-bi-khuech-dai', sortOrder: 2, image: img('dac'),
    description: 'DAC/AMP giải mã để bàn, di động và dongle USB giúp nghe nhạc lossless, kéo tốt tai nghe khó kéo.',
    keywords: 'dac amp giải mã giai ma dac usb dongle bộ giải mã âm thanh bo giai ma headphone amp khuếch đại tai nghe',
    filterSpecs: ['connectivity', 'sampleRate'],
  },
  {
    slug: 'dia-than', name: 'Đĩa than', parentSlug: null, sortOrder: 4, image: img('turntable'),
    description: 'Mâm đĩa than và kim đọc (cartridge) cho người yêu chất âm analog của đĩa vinyl.',
    keywords: 'đĩa than dia than vinyl turntable analog',
    filterSpecs: ['warranty'],
  },
  {
    slug: 'mam-dia-than', name: 'Mâm đĩa than', parentSlug: 'dia-than', sortOrder: 1, image: img('turntable'),
    description: 'Mâm đĩa than dây curoa và truyền động trực tiếp, có phono tích hợp, USB hoặc Bluetooth.',
    keywords: 'mâm đĩa than mam dia than máy nghe đĩa than may nghe dia than turntable vinyl máy đĩa than',
    filterSpecs: ['drive', 'speeds', 'connectivity'],
  },
  {
    slug: 'kim-doc-cartridge', name: 'Kim đọc & cartridge', parentSlug: 'dia-than', sortOrder: 2, image: img('cartridge'),
    description: 'Kim đọc đĩa than (cartridge) MM và MC để nâng cấp hoặc thay thế cho mâm đĩa than.',
    keywords: 'kim đọc kim doc kim đĩa than kim dia than cartridge stylus đầu kim MM MC',
    filterSpecs: ['cartridge'],
  },
  {
    slug: 'micro', name: 'Micro', parentSlug: null, sortOrder: 5, image: img('microphone'),
    description: 'Micro thu âm cho podcast, livestream và phòng thu; micro karaoke có dây và không dây.',
    keywords: 'micro mic microphone mi cro',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'micro-thu-am', name: 'Micro thu âm', parentSlug: 'micro', sortOrder: 1, image: img('microphone'),
    description: 'Micro thu âm condenser và dynamic, cổng USB hoặc XLR cho podcast, livestream và thu âm giọng hát.',
    keywords: 'micro thu âm micro thu am mic podcast mic livestream condenser dynamic usb xlr studio microphone',
    filterSpecs: ['micType', 'connectivity'],
  },
  {
    slug: 'micro-karaoke', name: 'Micro karaoke', parentSlug: 'micro', sortOrder: 2, image: img('wireless-microphone'),
    description: 'Micro karaoke có dây và bộ micro không dây UHF, kỹ thuật số cho gia đình, sân khấu và sự kiện.',
    keywords: 'micro karaoke micro không dây micro khong day mic hát mic hat karaoke uhf wireless microphone',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'phu-kien', name: 'Phụ kiện', parentSlug: null, sortOrder: 6, image: img('cable'),
    description: 'Phụ kiện âm thanh chính hãng: dây tín hiệu, dây loa, cáp USB, HDMI và cáp quang.',
    keywords: 'phụ kiện phu kien phụ kiện âm thanh accessories',
    filterSpecs: ['connectivity'],
  },
  {
    slug: 'day-cap-am-thanh', name: 'Dây cáp âm thanh', parentSlug: 'phu-kien', sortOrder: 1, image: img('cable'),
    description: 'Dây tín hiệu RCA, XLR, dây loa, cáp USB, HDMI và cáp quang giúp dàn âm thanh truyền tín hiệu sạch hơn.',
    keywords: 'dây cáp âm thanh day cap am thanh dây tín hiệu day tin hieu dây loa day loa cáp rca xlr usb hdmi cáp quang optical',
    filterSpecs: ['connectivity'],
  },
];

// ---------------------------------------------------------------------------------------------
// Brands
// ---------------------------------------------------------------------------------------------

// biome-ignore format: hand-aligned data table, one entry per line or block
export const demoBrands: SeedBrand[] = [
  { slug: 'sony', name: 'Sony', country: 'Nhật Bản', website: 'https://www.sony.com.vn', description: 'Tập đoàn điện tử Nhật Bản nổi tiếng với dòng tai nghe chống ồn 1000X, loa ULT và thiết bị âm thanh Hi-Res.' },
  { slug: 'sennheiser', name: 'Sennheiser', country: 'Đức', website: 'https://www.sennheiser.com', description: 'Thương hiệu âm thanh Đức từ năm 1945, chuẩn mực của tai nghe audiophile, micro sân khấu và phòng thu.' },
  { slug: 'jbl', name: 'JBL', country: 'Mỹ', website: 'https://www.jbl.com', description: 'Thương hiệu loa Mỹ thuộc Harman, nổi tiếng với loa bluetooth Charge, Flip và dòng loa tiệc PartyBox.' },
  { slug: 'bose', name: 'Bose', country: 'Mỹ', website: 'https://www.bose.com', description: 'Hãng âm thanh Mỹ tiên phong công nghệ chống ồn chủ động, loa di động SoundLink và soundbar thông minh.' },
  { slug: 'marshall', name: 'Marshall', country: 'Anh', website: 'https://www.marshall.com', description: 'Thương hiệu ampli guitar huyền thoại của nước Anh, mang phong cách rock cổ điển vào loa và tai nghe.' },
  { slug: 'audio-technica', name: 'Audio-Technica', country: 'Nhật Bản', website: 'https://www.audio-technica.com', description: 'Hãng Nhật chuyên kim đọc đĩa than, mâm đĩa than, micro và tai nghe kiểm âm dòng M được giới phòng thu tin dùng.' },
  { slug: 'denon', name: 'Denon', country: 'Nhật Bản', website: 'https://www.denon.com', description: 'Thương hiệu hi-fi Nhật Bản hơn 110 năm tuổi, nổi bật với âm ly PMA, mâm đĩa than và kim MC DL-103.' },
  { slug: 'yamaha', name: 'Yamaha', country: 'Nhật Bản', website: 'https://vn.yamaha.com', description: 'Tập đoàn nhạc cụ và âm thanh Nhật Bản với amply dòng A-S, hệ sinh thái MusicCast và soundbar gọn nhẹ.' },
  { slug: 'marantz', name: 'Marantz', country: 'Nhật Bản', website: 'https://www.marantz.com', description: 'Thương hiệu hi-fi ra đời tại Mỹ năm 1953, nay thuộc Nhật Bản, nổi tiếng với chất âm ấm áp, mượt mà.' },
  { slug: 'bowers-wilkins', name: 'Bowers & Wilkins', country: 'Anh', website: 'https://www.bowerswilkins.com', description: 'Hãng loa hi-end nước Anh, cha đẻ dòng loa 600, 700 Series và tai nghe không dây cao cấp Px.' },
  { slug: 'kef', name: 'KEF', country: 'Anh', website: 'https://www.kef.com', description: 'Hãng loa Anh quốc với công nghệ củ loa đồng trục Uni-Q, nổi tiếng qua huyền thoại LS50.' },
  { slug: 'fiio', name: 'FiiO', country: 'Trung Quốc', website: 'https://www.fiio.com', description: 'Thương hiệu DAC/AMP, máy nghe nhạc và tai nghe in-ear có giá hợp lý, được cộng đồng audiophile ưa chuộng.' },
  { slug: 'shure', name: 'Shure', country: 'Mỹ', website: 'https://www.shure.com', description: 'Nhà sản xuất micro hàng đầu thế giới với SM58, SM7B và các hệ thống micro không dây chuyên nghiệp.' },
  { slug: 'rode', name: 'Rode', country: 'Úc', website: 'https://rode.com', description: 'Thương hiệu micro Úc được người làm podcast, YouTuber và phòng thu tại gia tin dùng.' },
  { slug: 'akg', name: 'AKG', country: 'Áo', website: 'https://www.akg.com', description: 'Hãng tai nghe và micro thành lập tại Vienna năm 1947, nổi tiếng với tai nghe K240, K712 và micro C414.' },
  { slug: 'harman-kardon', name: 'Harman Kardon', country: 'Mỹ', website: 'https://www.harmankardon.com', description: 'Thương hiệu âm thanh cao cấp của Mỹ với thiết kế sang trọng, nổi bật qua loa Aura Studio và Onyx Studio.' },
  { slug: 'klipsch', name: 'Klipsch', country: 'Mỹ', website: 'https://www.klipsch.com', description: 'Hãng loa Mỹ từ năm 1946 với công nghệ loa kèn Tractrix cho âm thanh sống động, độ nhạy cao.' },
  { slug: 'pro-ject', name: 'Pro-Ject', country: 'Áo', website: 'https://www.project-audio.com', description: 'Nhà sản xuất mâm đĩa than lớn nhất châu Âu, nổi tiếng với dòng Debut và các thiết bị Box Design nhỏ gọn.' },
  { slug: 'topping', name: 'Topping', country: 'Trung Quốc', website: 'https://www.toppingaudio.com', description: 'Thương hiệu DAC và ampli để bàn có thông số đo đạc xuất sắc ở mức giá dễ tiếp cận.' },
  { slug: 'beyerdynamic', name: 'Beyerdynamic', country: 'Đức', website: 'https://www.beyerdynamic.com', description: 'Hãng tai nghe và micro Đức thủ công tại Heilbronn, cha đẻ dòng tai nghe phòng thu DT 770 Pro.' },
  { slug: 'edifier', name: 'Edifier', country: 'Trung Quốc', website: 'https://www.edifier.com', description: 'Thương hiệu loa vi tính, loa bookshelf và tai nghe không dây có chất lượng tốt trong tầm giá.' },
  { slug: 'apple', name: 'Apple', country: 'Mỹ', website: 'https://www.apple.com/vn', description: 'Apple với tai nghe AirPods kết nối liền mạch trong hệ sinh thái iPhone, iPad và Mac.' },
  { slug: 'beats', name: 'Beats', country: 'Mỹ', website: 'https://www.beatsbydre.com', description: 'Thương hiệu tai nghe và loa thời trang thuộc Apple, nổi tiếng với âm bass mạnh mẽ và thiết kế cá tính.' },
  { slug: 'samsung', name: 'Samsung', country: 'Hàn Quốc', website: 'https://www.samsung.com/vn', description: 'Tập đoàn Hàn Quốc dẫn đầu thị trường soundbar, cùng tai nghe Galaxy Buds và loa tiệc Sound Tower.' },
  { slug: 'ortofon', name: 'Ortofon', country: 'Đan Mạch', website: 'https://www.ortofon.com', description: 'Nhà sản xuất kim đọc đĩa than lâu đời nhất thế giới, nổi tiếng với dòng kim 2M.' },
  { slug: 'cambridge-audio', name: 'Cambridge Audio', country: 'Anh', website: 'https://www.cambridgeaudio.com', description: 'Thương hiệu hi-fi London từ năm 1968 với amply CXA, DAC DacMagic và tai nghe Melomania.' },
  { slug: 'sonos', name: 'Sonos', country: 'Mỹ', website: 'https://www.sonos.com', description: 'Hãng loa thông minh Mỹ với hệ thống phát nhạc đa phòng qua Wi-Fi và soundbar Dolby Atmos.' },
  { slug: 'moondrop', name: 'Moondrop', country: 'Trung Quốc', website: 'https://moondroplab.com', description: 'Thương hiệu tai nghe in-ear nổi tiếng với chất âm chuẩn đường cong tham chiếu và giá hợp lý.' },
  { slug: 'lg', name: 'LG', country: 'Hàn Quốc', website: 'https://www.lg.com/vn', description: 'Tập đoàn Hàn Quốc với loa tiệc XBOOM và soundbar tối ưu cho TV LG OLED.' },
  { slug: 'audioquest', name: 'AudioQuest', country: 'Mỹ', website: 'https://www.audioquest.com', description: 'Thương hiệu dây dẫn tín hiệu, dây loa và DAC USB DragonFly của Mỹ.' },
];

// ---------------------------------------------------------------------------------------------
// Small deterministic helpers
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, used to seed one PRNG per product from its slug. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Upper-case ASCII code for SKUs: 'WH-1000XM5' -> 'WH1000XM5', '1.5 m' -> '1P5M'. */
function skuPart(text: string): string {
  return asciiFold(text)
    .replace(/Ω/g, 'OHM')
    .replace(/\./g, 'P')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

function formatKg(kg: number): string {
  return kg < 1 ? `${Math.round(kg * 1000)} g` : `${kg.toFixed(1).replace(/\.0$/, '').replace('.', ',')} kg`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

// ---------------------------------------------------------------------------------------------
// Colours, images and wording shared by every category
// ---------------------------------------------------------------------------------------------

// biome-ignore format: hand-aligned data table, one entry per line or block
const COLOUR_CODES: Record<string, string> = {
  'Đen': 'BLK', 'Trắng': 'WHT', 'Bạc': 'SLV', 'Xám': 'GRY', 'Xanh navy': 'NVY', 'Xanh dương': 'BLU',
  'Xanh lá': 'GRN', 'Đỏ': 'RED', 'Hồng': 'PNK', 'Cam': 'ORG', 'Tím': 'PUR', 'Kem': 'CRM', 'Be': 'BEI',
  'Nâu': 'BRN', 'Gỗ óc chó': 'WAL', 'Gỗ sồi': 'OAK', 'Trong suốt': 'CLR',
};

/** Drawings shipped in public/images/demo (without extension). */
// biome-ignore format: hand-aligned data table, one entry per line or block
const IMAGE_FILES: ReadonlySet<string> = new Set([
  'bluetooth-speaker', 'bluetooth-speaker-blue', 'karaoke-speaker', 'bookshelf-speaker', 'bookshelf-speaker-white',
  'soundbar', 'tws-earbuds', 'tws-earbuds-white', 'over-ear-headphones', 'over-ear-headphones-white',
  'over-ear-headphones-navy', 'wired-iem', 'amplifier', 'amplifier-silver', 'dac', 'turntable', 'cartridge',
  'microphone', 'wireless-microphone', 'cable',
]);

/** Colour -> drawing suffix; a colour without its own drawing shows the base drawing. */
const COLOUR_IMAGE_SUFFIX: Record<string, string> = {
  Trắng: 'white',
  Kem: 'white',
  Be: 'white',
  Bạc: 'silver',
  'Xanh navy': 'navy',
  'Xanh dương': 'blue',
};

// biome-ignore format: hand-aligned data table, one entry per line or block
const SPEC_LABELS: Record<SpecKey, string> = {
  connectivity: 'kết nối', bluetooth: 'Bluetooth', power: 'công suất', frequencyResponse: 'dải tần',
  impedance: 'trở kháng', sensitivity: 'độ nhạy', battery: 'thời lượng pin', driver: 'củ loa', anc: 'chống ồn',
  waterproof: 'chuẩn kháng nước', weight: 'trọng lượng', dimensions: 'kích thước', channels: 'cấu hình kênh',
  inputs: 'cổng vào', outputs: 'ngõ ra', dacChip: 'chip DAC', sampleRate: 'tần số lấy mẫu tối đa',
  drive: 'cơ chế', speeds: 'tốc độ', cartridge: 'kim', micType: 'loại micro', polarPattern: 'hướng thu',
  codec: 'codec', warranty: 'bảo hành',
};

/** Keys that read badly inside a running sentence. */
const SENTENCE_SKIP: ReadonlySet<SpecKey> = new Set(['anc', 'warranty', 'codec', 'inputs', 'weight']);

const CLOSINGS: readonly ((brand: SeedBrand, warranty: string) => string)[] = [
  (b, w) =>
    `Sản phẩm được Audio Tài Lộc phân phối chính hãng ${b.name} (${b.country}), bảo hành ${w} và hỗ trợ đổi mới trong 7 ngày nếu có lỗi từ nhà sản xuất.`,
  (_b, w) =>
    `Bạn có thể ghé showroom Audio Tài Lộc để nghe thử trước khi mua; hàng chính hãng, bảo hành ${w} và giao nhanh toàn quốc.`,
  (b, w) =>
    `Audio Tài Lộc cam kết hàng chính hãng ${b.name}, đầy đủ phụ kiện theo hộp, bảo hành ${w} và tư vấn phối ghép miễn phí.`,
];

// ---------------------------------------------------------------------------------------------
// Per-category wording and spec defaults
// ---------------------------------------------------------------------------------------------

type Kind = {
  typeWord: string; // first words of the product name, e.g. 'Loa bluetooth'
  image: string; // base drawing
  noun: string; // how the intro refers to the product
  audience: string; // who it is made for
  defaults: Specs; // every product of the category starts from these
  extra?: (row: Row, rng: Rng) => Specs; // generated values (weight…), still overridden by the row
  uses: readonly string[]; // one use-case paragraph is picked per product
  note?: string; // appended to the intro paragraph
};

const weightFromPrice =
  (vndPerKg: number, min: number, max: number) =>
  (row: Row, rng: Rng): Specs => ({
    weight: formatKg(Math.min(max, Math.max(min, (row.p / vndPerKg) * (0.85 + rng() * 0.3)))),
  });

// biome-ignore format: hand-aligned data table, one entry per line or block
const KINDS: Record<string, Kind> = {
  'loa-bluetooth': {
    typeWord: 'Loa bluetooth', image: 'bluetooth-speaker', noun: 'mẫu loa bluetooth di động',
    audience: 'những người yêu âm nhạc năng động',
    defaults: { connectivity: 'Bluetooth', bluetooth: '5.3', power: '20 W', frequencyResponse: '60 Hz – 20 kHz', battery: '12 giờ', waterproof: 'IP67', warranty: '12 tháng' },
    extra: weightFromPrice(3_500_000, 0.2, 6),
    uses: [
      'Loa phù hợp mang theo khi dã ngoại, cắm trại, đi biển hay đơn giản là nghe nhạc trong phòng ngủ, góc làm việc. Kết nối Bluetooth ổn định giúp bạn phát nhạc từ điện thoại chỉ sau vài giây.',
      'Thiết kế gọn gàng giúp loa dễ dàng đồng hành trong những chuyến đi; ở nhà, bạn có thể đặt loa trên bàn làm việc, ban công hay trong bếp để thưởng thức nhạc nền và podcast mỗi ngày.',
      'Đây là lựa chọn lý tưởng cho những buổi tụ tập bạn bè, tiệc nhỏ tại nhà hoặc làm quà tặng cho người thân yêu thích âm nhạc.',
    ],
  },
  'loa-karaoke': {
    typeWord: 'Loa karaoke', image: 'karaoke-speaker', noun: 'dòng loa karaoke, loa tiệc',
    audience: 'những gia đình và nhóm bạn thích ca hát',
    defaults: { connectivity: 'Bluetooth + Có dây', bluetooth: '5.1', power: '200 W', battery: 'Không có pin (cắm điện)', waterproof: 'Không', inputs: '2 cổng micro 6.35 mm, cổng guitar, AUX 3.5 mm, USB', warranty: '12 tháng' },
    extra: weightFromPrice(750_000, 5, 40),
    uses: [
      'Loa rất hợp cho những buổi hát karaoke gia đình, sinh nhật hay tiệc cuối năm: chỉ cần kết nối micro và mở YouTube trên điện thoại là cả nhà có thể cùng hát.',
      'Nhờ âm lượng lớn và dải trầm mạnh, sản phẩm đáp ứng tốt các sự kiện ngoài trời, lớp học nhảy, quán cà phê hoặc hoạt động ngoại khóa cần âm thanh sôi động.',
      'Bạn có thể đưa loa ra sân vườn, sân thượng hay mang theo khi đi picnic; các chế độ âm thanh và khả năng kết nối linh hoạt giúp bữa tiệc luôn sôi động.',
    ],
  },
  'loa-bookshelf': {
    typeWord: 'Loa bookshelf', image: 'bookshelf-speaker', noun: 'dòng loa bookshelf (loa kệ sách) hi-fi',
    audience: 'người nghe nhạc muốn bước vào thế giới hi-fi',
    defaults: { connectivity: 'Có dây', warranty: '24 tháng' },
    uses: [
      'Cặp loa phù hợp phòng nghe 12–25 m², phòng khách căn hộ hoặc góc làm việc; đặt trên kệ, chân loa hoặc bàn, cách tường sau khoảng 30–50 cm để dải trầm gọn và âm hình rõ ràng.',
      'Sản phẩm hợp với người muốn nâng cấp từ loa máy tính, loa bluetooth lên trải nghiệm hi-fi thực thụ: nghe nhạc không lời, jazz, acoustic hay xem phim đều tròn trịa, giàu cảm xúc.',
      'Khi đặt đúng vị trí và phối ghép nguồn phát phù hợp, loa tái hiện sân khấu âm thanh rộng, giọng ca rõ ràng, nhạc cụ tách bạch; đội ngũ Audio Tài Lộc sẵn sàng tư vấn phối ghép theo ngân sách.',
    ],
    note: 'Giá niêm yết tính theo cặp (2 loa).',
  },
  soundbar: {
    typeWord: 'Loa soundbar', image: 'soundbar', noun: 'mẫu loa soundbar cho TV',
    audience: 'những gia đình muốn nâng cấp âm thanh TV',
    defaults: { connectivity: 'Wi-Fi + Bluetooth', channels: '5.1', bluetooth: '5.0', inputs: 'HDMI eARC, quang học, USB', warranty: '12 tháng' },
    extra: weightFromPrice(3_200_000, 1.5, 8),
    uses: [
      'Soundbar là giải pháp nâng cấp âm thanh TV nhanh gọn: lời thoại rõ hơn, hiệu ứng cháy nổ sống động hơn mà không cần đi dây phức tạp như dàn âm thanh vòm truyền thống.',
      'Sản phẩm phù hợp phòng khách căn hộ, phòng ngủ lớn hoặc phòng giải trí gia đình; xem bóng đá, phim hành động hay chơi game console đều cuốn hút hơn hẳn loa tích hợp trên TV.',
      'Kết nối với TV qua HDMI hoặc cổng quang rất đơn giản, điều khiển âm lượng bằng remote TV quen thuộc, và bạn vẫn có thể phát nhạc từ điện thoại khi không xem phim.',
    ],
  },
  'tai-nghe-true-wireless': {
    typeWord: 'Tai nghe true wireless', image: 'tws-earbuds', noun: 'mẫu tai nghe true wireless',
    audience: 'người dùng bận rộn luôn di chuyển',
    defaults: { connectivity: 'Bluetooth', bluetooth: '5.3', anc: 'Có', codec: 'SBC, AAC', battery: '6 giờ (24 giờ kèm hộp sạc)', driver: '10 mm', waterproof: 'IPX4', warranty: '12 tháng' },
    extra: (_row, rng) => ({ weight: `${intBetween(rng, 4, 7)} g mỗi bên` }),
    uses: [
      'Tai nghe đồng hành hoàn hảo khi đi làm, tập gym, chạy bộ hay di chuyển bằng xe buýt, máy bay; hộp sạc nhỏ gọn bỏ vừa túi quần.',
      'Micro đàm thoại rõ ràng giúp bạn họp online, gọi điện công việc thuận tiện; tai nghe kết nối nhanh với điện thoại, máy tính bảng và laptop.',
      'Sản phẩm phù hợp với người cần một chiếc tai nghe không dây gọn nhẹ để nghe nhạc, podcast và xem phim trên điện thoại mỗi ngày.',
    ],
  },
  'tai-nghe-chong-on': {
    typeWord: 'Tai nghe chống ồn', image: 'over-ear-headphones', noun: 'mẫu tai nghe chụp tai chống ồn chủ động',
    audience: 'người thường xuyên đi công tác và làm việc nơi đông người',
    defaults: { connectivity: 'Bluetooth + Có dây', anc: 'Có', bluetooth: '5.3', codec: 'SBC, AAC', battery: '30 giờ', driver: '40 mm', frequencyResponse: '4 Hz – 40 kHz', warranty: '12 tháng' },
    extra: (_row, rng) => ({ weight: `${intBetween(rng, 23, 33) * 10} g` }),
    uses: [
      'Tính năng chống ồn chủ động cắt giảm tiếng động cơ máy bay, tiếng xe cộ và tiếng ồn văn phòng, rất phù hợp cho người hay đi công tác, làm việc ở quán cà phê hoặc cần tập trung học tập.',
      'Chế độ xuyên âm cho phép nghe rõ âm thanh xung quanh khi cần trò chuyện hay qua đường mà không phải tháo tai nghe; đệm tai êm giúp đeo nhiều giờ liền vẫn thoải mái.',
      'Sản phẩm dành cho người muốn tận hưởng âm nhạc trong không gian yên tĩnh của riêng mình, từ những chuyến bay dài tới giờ làm việc tập trung ở văn phòng mở.',
    ],
  },
  'tai-nghe-co-day': {
    typeWord: 'Tai nghe có dây', image: 'over-ear-headphones', noun: 'mẫu tai nghe có dây',
    audience: 'audiophile và người làm âm thanh',
    defaults: { connectivity: 'Jack 3.5 mm', frequencyResponse: '10 Hz – 30 kHz', warranty: '12 tháng' },
    uses: [
      'Tai nghe có dây cho chất âm ổn định, không nén, không độ trễ, lý tưởng để nghe nhạc lossless, kiểm âm khi thu âm, mix nhạc hay chơi game.',
      'Để phát huy hết khả năng, bạn nên dùng kèm DAC/AMP phù hợp với trở kháng của tai nghe; nhân viên Audio Tài Lộc sẵn sàng tư vấn phối ghép và cho nghe thử tại cửa hàng.',
      'Sản phẩm được nhiều audiophile, kỹ sư âm thanh và người làm nội dung lựa chọn nhờ độ bền cao, dễ thay đệm tai, dây cáp và chất âm trung thực.',
    ],
  },
  amply: {
    typeWord: 'Amply', image: 'amplifier', noun: 'bộ khuếch đại (amply) stereo',
    audience: 'người chơi hi-fi muốn một trung tâm cho dàn âm thanh',
    defaults: { connectivity: 'Có dây', channels: '2', power: '2 x 80 W (8 Ω)', frequencyResponse: '5 Hz – 100 kHz', impedance: '4 – 16 Ω', inputs: '4 x RCA, quang học, coaxial, phono MM', outputs: 'Loa A/B, pre-out, tai nghe 6.35 mm', warranty: '24 tháng' },
    extra: (row, rng) => ({
      weight: formatKg(Math.min(25, 4 + row.p / 3_000_000 + rng() * 2)),
      dimensions: `${intBetween(rng, 430, 440)} x ${intBetween(rng, 12, 18) * 10} x ${intBetween(rng, 33, 43) * 10} mm`,
    }),
    uses: [
      'Amply phù hợp để kéo các cặp loa bookshelf hoặc loa cột trong phòng nghe gia đình, kết hợp tốt với mâm đĩa than, đầu CD, TV hay máy tính.',
      'Với nhiều cổng vào, thiết bị có thể trở thành trung tâm của dàn âm thanh: nghe nhạc số, nghe đĩa than và xem phim chỉ với một bộ khuếch đại.',
      'Người mới chơi hi-fi lẫn người chơi lâu năm đều có thể khai thác tốt sản phẩm; Audio Tài Lộc hỗ trợ tư vấn phối ghép loa phù hợp với công suất và âm sắc của máy.',
    ],
  },
  'dac-amp-giai-ma': {
    typeWord: 'DAC/AMP', image: 'dac', noun: 'thiết bị giải mã và khuếch đại tai nghe (DAC/AMP)',
    audience: 'người nghe nhạc lossless trên máy tính và điện thoại',
    defaults: { connectivity: 'USB', dacChip: 'ESS ES9038Q2M', sampleRate: '384 kHz', inputs: 'USB-C', outputs: 'Jack 3.5 mm, 4.4 mm balanced', warranty: '12 tháng' },
    uses: [
      'DAC/AMP thay thế bộ giải mã tích hợp trên điện thoại, máy tính vốn nhiều nhiễu, cho âm thanh sạch hơn, chi tiết hơn và kéo tốt những tai nghe khó kéo.',
      'Thiết bị phù hợp với người nghe nhạc lossless trên Apple Music, Tidal, Qobuz hoặc thư viện nhạc FLAC, DSD tại nhà.',
      'Bạn có thể dùng sản phẩm cho góc làm việc, kết nối với tai nghe, loa active hoặc ampli để nâng cấp toàn bộ hệ thống nghe nhạc số.',
    ],
  },
  'mam-dia-than': {
    typeWord: 'Mâm đĩa than', image: 'turntable', noun: 'mâm đĩa than',
    audience: 'những người yêu chất âm analog',
    defaults: { connectivity: 'Có dây', drive: 'Dây curoa', speeds: '33⅓ / 45 vòng/phút', outputs: 'RCA (có phono preamp tích hợp)', warranty: '24 tháng' },
    extra: weightFromPrice(2_000_000, 3, 12),
    uses: [
      'Mâm đĩa than dành cho những ai yêu chất âm analog ấm áp và trải nghiệm nghe nhạc chậm rãi: lấy đĩa ra khỏi bìa, đặt kim và thưởng thức trọn vẹn từng mặt đĩa.',
      'Sản phẩm phù hợp cho người mới bắt đầu sưu tầm vinyl lẫn người chơi muốn nâng cấp; có thể kết nối với ampli, loa active hoặc dàn hi-fi sẵn có.',
      'Một chiếc mâm đĩa than đặt trong phòng khách cũng là điểm nhấn trang trí đầy phong cách, và là món quà ý nghĩa cho người yêu âm nhạc.',
    ],
  },
  'kim-doc-cartridge': {
    typeWord: 'Kim đọc đĩa than', image: 'cartridge', noun: 'kim đọc (cartridge) đĩa than',
    audience: 'người chơi đĩa than muốn nâng cấp chất âm',
    defaults: { cartridge: 'MM', frequencyResponse: '20 Hz – 20 kHz', outputs: 'Điện áp ra 5 mV', warranty: '12 tháng' },
    extra: (_row, rng) => ({ weight: `${(5 + rng() * 5).toFixed(1).replace('.', ',')} g` }),
    uses: [
      'Thay kim đọc là cách nâng cấp hiệu quả nhất cho mâm đĩa than: âm thanh chi tiết hơn, âm trường rộng hơn và đĩa ít bị mài mòn hơn.',
      'Khi lắp đặt, cần cân chỉnh lực tì kim, anti-skating và góc phương vị đúng khuyến nghị; Audio Tài Lộc hỗ trợ lắp đặt và cân chỉnh miễn phí tại cửa hàng.',
      'Sản phẩm tương thích với hầu hết tonearm dùng ngàm chuẩn 1/2 inch; riêng kim MC cần phono preamp hỗ trợ MC hoặc biến áp nâng áp.',
    ],
  },
  'micro-thu-am': {
    typeWord: 'Micro thu âm', image: 'microphone', noun: 'micro thu âm',
    audience: 'người làm podcast, livestream và thu âm tại gia',
    defaults: { micType: 'Condenser', polarPattern: 'Cardioid', connectivity: 'XLR', frequencyResponse: '20 Hz – 20 kHz', warranty: '12 tháng' },
    extra: (_row, rng) => ({ weight: `${intBetween(rng, 25, 90) * 10} g` }),
    uses: [
      'Micro phù hợp cho podcast, livestream bán hàng, thu âm giọng hát tại nhà, lồng tiếng video hay học và họp trực tuyến.',
      'Để có bản thu sạch, nên đặt micro cách miệng 10–20 cm, dùng màng lọc pop và xử lý tiêu âm cơ bản cho phòng thu.',
      'Sản phẩm là lựa chọn đáng tin cậy cho người làm nội dung, YouTuber và phòng thu tại gia muốn nâng cấp chất lượng âm thanh rõ rệt.',
    ],
  },
  'micro-karaoke': {
    typeWord: 'Micro không dây', image: 'wireless-microphone', noun: 'micro hát karaoke và biểu diễn',
    audience: 'gia đình, quán karaoke và sân khấu biểu diễn',
    defaults: { connectivity: 'Không dây UHF', micType: 'Dynamic', polarPattern: 'Cardioid', frequencyResponse: '50 Hz – 15 kHz', warranty: '12 tháng' },
    uses: [
      'Micro phù hợp cho hát karaoke gia đình, quán karaoke, hội trường, đám cưới và sự kiện; tiếng hát rõ, ít hú, giữ được độ ấm của giọng.',
      'Sản phẩm kết nối tốt với loa kéo, amply karaoke, mixer hay loa tiệc có cổng micro; nhân viên Audio Tài Lộc hỗ trợ cài đặt tần số và cân chỉnh echo.',
      'Thân micro cầm chắc tay, chịu va đập tốt, phù hợp cả người mới hát lẫn ca sĩ biểu diễn chuyên nghiệp.',
    ],
  },
  'day-cap-am-thanh': {
    typeWord: 'Dây cáp', image: 'cable', noun: 'dây dẫn tín hiệu âm thanh',
    audience: 'người muốn tối ưu dàn âm thanh của mình',
    defaults: { connectivity: 'RCA', warranty: '12 tháng' },
    uses: [
      'Dây dẫn tốt giúp tín hiệu truyền đi sạch, giảm nhiễu và giữ được độ chi tiết của nguồn phát, là bước nâng cấp nhỏ nhưng đáng giá cho dàn âm thanh.',
      'Sản phẩm phù hợp để kết nối nguồn phát, DAC, ampli, loa và TV trong phòng nghe gia đình hoặc góc làm việc.',
      'Đầu cắm chắc chắn, vỏ dây bền bỉ, dễ đi dây gọn gàng; hãy chọn chiều dài vừa đủ để tín hiệu đạt chất lượng tốt nhất.',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Product rows, grouped by leaf category
// ---------------------------------------------------------------------------------------------

type Row = {
  b: string; // brand slug
  m: string; // model, as the brand writes it
  p: number; // price of every variant, integer VND (unless `o` sets per-option prices)
  h: string; // highlight phrase; reads after "nổi bật với" / "mang đến"
  c?: string[]; // colours, one variant each ('Màu sắc'); a single colour means a single variant
  o?: [name: string, values: [value: string, price: number][]]; // non-colour option with its own prices
  s?: Specs; // specs that differ from the category defaults
  t?: string; // type word when it differs from the category's (e.g. 'Âm ly', 'Tai nghe in-ear')
  img?: string; // base drawing when it differs from the category's
  f?: true; // featured on the home page
};

// biome-ignore format: hand-aligned data table, one entry per line or block
const ROWS: Record<string, Row[]> = {
  'loa-bluetooth': [
    { b: 'jbl', m: 'Charge 5', p: 3_490_000, c: ['Đen', 'Xanh dương', 'Đỏ'], f: true, h: 'âm bass mạnh mẽ, chuẩn kháng nước bụi IP67 và tính năng sạc ngược cho điện thoại', s: { power: '30 W + 10 W', battery: '20 giờ', bluetooth: '5.1', frequencyResponse: '65 Hz – 20 kHz' } },
    { b: 'jbl', m: 'Charge 6', p: 4_290_000, c: ['Đen', 'Xanh dương', 'Đỏ'], h: 'phát nhạc lossless qua USB-C, chuẩn IP68 và thời lượng pin tới 28 giờ', s: { power: '30 W + 15 W', battery: '28 giờ', waterproof: 'IP68', bluetooth: '5.4' } },
    { b: 'jbl', m: 'Flip 6', p: 2_590_000, c: ['Đen', 'Xanh dương', 'Đỏ'], h: 'thiết kế hình trụ gọn nhẹ, tweeter riêng biệt và chuẩn IP67', s: { power: '20 W + 10 W', bluetooth: '5.1', frequencyResponse: '63 Hz – 20 kHz' } },
    { b: 'jbl', m: 'Go 4', p: 1_090_000, c: ['Đen', 'Xanh dương', 'Hồng', 'Đỏ'], h: 'kích thước bỏ túi, dây treo tiện lợi và âm thanh JBL Pro Sound', s: { power: '4,2 W', battery: '7 giờ', frequencyResponse: '90 Hz – 20 kHz' } },
    { b: 'jbl', m: 'Xtreme 4', p: 7_490_000, c: ['Đen', 'Xanh dương'], h: 'âm lượng lớn cho tiệc ngoài trời, pin thay được và công nghệ AI Sound Boost', s: { power: '2 x 30 W + 2 x 20 W', battery: '24 giờ', frequencyResponse: '45 Hz – 20 kHz' } },
    { b: 'bose', m: 'SoundLink Flex (2nd Gen)', p: 3_690_000, c: ['Đen', 'Xanh navy', 'Trắng'], h: 'vỏ silicon bền bỉ, nổi được trên mặt nước và công nghệ PositionIQ tự tối ưu theo tư thế đặt loa' },
    { b: 'bose', m: 'SoundLink Max', p: 9_490_000, c: ['Đen', 'Xanh navy'], h: 'âm trường rộng, dải trầm sâu và quai xách dây thừng tháo rời', s: { battery: '20 giờ', frequencyResponse: '45 Hz – 20 kHz' } },
    { b: 'bose', m: 'SoundLink Micro (2nd Gen)', p: 2_690_000, c: ['Đen', 'Xanh dương'], h: 'dây đeo silicon gắn được lên balo, ghi đông xe đạp và chuẩn chống nước IP67' },
    { b: 'marshall', m: 'Emberton III', p: 4_990_000, c: ['Đen', 'Kem'], f: true, h: 'âm thanh 360 độ True Stereophonic, pin hơn 32 giờ và hỗ trợ Auracast', s: { power: '2 x 10 W', battery: '32 giờ' } },
    { b: 'marshall', m: 'Middleton', p: 7_490_000, c: ['Đen', 'Kem'], h: 'bốn củ loa cho âm thanh đa hướng, chuẩn IP67 và chức năng sạc dự phòng', s: { power: '2 x 15 W + 2 x 10 W', battery: '20 giờ', frequencyResponse: '50 Hz – 20 kHz' } },
    { b: 'marshall', m: 'Stanmore III', p: 9_990_000, c: ['Đen', 'Kem', 'Nâu'], h: 'thiết kế ampli guitar cổ điển, núm chỉnh bass và treble vật lý cùng âm trường rộng cho phòng khách', s: { power: '80 W', battery: 'Không có pin (cắm điện)', waterproof: 'Không', frequencyResponse: '45 Hz – 20 kHz' } },
    { b: 'marshall', m: 'Acton III', p: 7_490_000, c: ['Đen', 'Kem', 'Nâu'], h: 'kích thước vừa phải cho phòng ngủ, âm thanh đặc trưng Marshall và kết nối Bluetooth LE Audio', s: { power: '60 W', battery: 'Không có pin (cắm điện)', waterproof: 'Không' } },
    { b: 'sony', m: 'ULT Field 1', p: 2_990_000, c: ['Đen', 'Trắng', 'Xanh dương'], h: 'nút ULT tăng cường bass, chuẩn IP67 chống sốc và dây đeo đa năng' },
    { b: 'sony', m: 'SRS-XB100', p: 1_290_000, c: ['Đen', 'Xanh dương', 'Hồng'], h: 'thân loa nhỏ gọn, dây đeo tiện lợi và micro đàm thoại khử tiếng vọng', s: { power: '5 W', battery: '16 giờ' } },
    { b: 'sony', m: 'ULT Field 3', p: 4_490_000, c: ['Đen', 'Xanh dương'], h: 'dải trầm sâu ULT, tay cầm chắc chắn và pin 24 giờ', s: { battery: '24 giờ' } },
    { b: 'harman-kardon', m: 'Onyx Studio 8', p: 4_990_000, c: ['Đen', 'Xanh navy'], h: 'thiết kế tròn sang trọng với quai nhôm, âm thanh stereo và pin 8 giờ', s: { power: '2 x 25 W', battery: '8 giờ', waterproof: 'Không' } },
    { b: 'harman-kardon', m: 'Aura Studio 4', p: 6_490_000, c: ['Đen'], h: 'mái vòm trong suốt với hiệu ứng ánh sáng và âm thanh 360 độ cho không gian sống', s: { power: '130 W', battery: 'Không có pin (cắm điện)', waterproof: 'Không' } },
    { b: 'harman-kardon', m: 'Go + Play 3', p: 7_990_000, c: ['Đen', 'Xám'], h: 'quai cầm thép không gỉ, âm lượng lớn và pin 8 giờ', s: { power: '160 W', battery: '8 giờ', waterproof: 'Không' } },
    { b: 'sonos', m: 'Roam 2', p: 4_990_000, c: ['Đen', 'Trắng'], h: 'kết nối cả Wi-Fi lẫn Bluetooth, AirPlay 2 và tự cân chỉnh âm thanh Trueplay', s: { connectivity: 'Wi-Fi + Bluetooth', battery: '10 giờ', bluetooth: '5.2' } },
    { b: 'sonos', m: 'Move 2', p: 12_490_000, c: ['Đen', 'Trắng'], h: 'âm thanh stereo, pin 24 giờ và dùng tốt cả trong nhà lẫn ngoài trời', s: { connectivity: 'Wi-Fi + Bluetooth', battery: '24 giờ', waterproof: 'IP56', bluetooth: '5.0' } },
    { b: 'beats', m: 'Pill', p: 3_990_000, c: ['Đen', 'Đỏ', 'Kem'], h: 'thiết kế huyền thoại trở lại, phát nhạc lossless qua USB-C và pin 24 giờ', s: { battery: '24 giờ' } },
    { b: 'edifier', m: 'MP230', p: 1_490_000, c: ['Đen', 'Nâu'], h: 'phong cách radio cổ điển, vỏ gỗ và hỗ trợ phát nhạc từ thẻ nhớ, USB', s: { power: '20 W', battery: '10 giờ', waterproof: 'Không', bluetooth: '5.0' } },
    { b: 'bowers-wilkins', m: 'Zeppelin Pro Edition', p: 19_990_000, c: ['Đen', 'Xám'], h: 'thiết kế khí cầu biểu tượng, tweeter nhôm phủ titan và streaming chất lượng cao', s: { connectivity: 'Wi-Fi + Bluetooth', power: '240 W', battery: 'Không có pin (cắm điện)', waterproof: 'Không', bluetooth: '5.0', frequencyResponse: '35 Hz – 24 kHz' } },
  ],

  'loa-karaoke': [
    { b: 'jbl', m: 'PartyBox 110', p: 7_990_000, c: ['Đen'], h: 'hiệu ứng đèn LED theo nhạc, 2 cổng micro và pin 12 giờ', s: { power: '160 W', battery: '12 giờ', waterproof: 'IPX4' } },
    { b: 'jbl', m: 'PartyBox 310', p: 12_990_000, c: ['Đen'], h: 'công suất 240 W, bánh xe kéo cùng tay cầm rút gọn và pin 18 giờ', s: { power: '240 W', battery: '18 giờ', waterproof: 'IPX4' } },
    { b: 'jbl', m: 'PartyBox 710', p: 19_990_000, c: ['Đen'], h: 'âm lượng cực lớn 800 W cho hội trường nhỏ và tiệc ngoài trời', s: { power: '800 W', waterproof: 'IPX4' } },
    { b: 'jbl', m: 'PartyBox Encore 2', p: 8_490_000, c: ['Đen'], h: '2 micro không dây đi kèm, chống nước IPX4 và âm thanh JBL Original Pro', s: { power: '100 W', battery: '15 giờ', waterproof: 'IPX4' } },
    { b: 'jbl', m: 'PartyBox Club 120', p: 9_490_000, c: ['Đen'], h: 'pin thay được, hiệu ứng ánh sáng tùy biến và công nghệ AI Sound Boost', s: { power: '160 W', battery: '12 giờ', waterproof: 'IPX4', bluetooth: '5.4' } },
    { b: 'jbl', m: 'PartyBox Stage 320', p: 14_990_000, c: ['Đen'], h: 'bánh xe địa hình, pin tháo rời và công suất 240 W', s: { power: '240 W', battery: '18 giờ', waterproof: 'IPX4', bluetooth: '5.4' } },
    { b: 'sony', m: 'ULT Tower 10', p: 17_990_000, c: ['Đen'], h: 'micro không dây đi kèm, đèn LED 360 độ và dải trầm ULT sâu lắng', s: { power: '800 W', bluetooth: '5.2' } },
    { b: 'sony', m: 'ULT Field 7', p: 12_990_000, c: ['Đen'], h: 'pin 30 giờ, chuẩn IP67 và cổng micro, guitar cho buổi karaoke ngoài trời', s: { power: '2 x 30 W', battery: '30 giờ', waterproof: 'IP67', bluetooth: '5.2' } },
    { b: 'sony', m: 'MHC-V73D', p: 13_990_000, c: ['Đen'], h: 'âm thanh đa hướng, đèn party và chế độ chấm điểm karaoke', s: { power: '1.000 W', bluetooth: '5.0' } },
    { b: 'samsung', m: 'Sound Tower MX-ST50B', p: 7_490_000, c: ['Đen'], h: 'đèn LED party, kháng nước IPX5 và ghép nối tới 10 loa', s: { power: '240 W', battery: '12 giờ', waterproof: 'IPX5' } },
    { b: 'samsung', m: 'Sound Tower MX-ST40B', p: 5_490_000, c: ['Đen'], h: 'thiết kế gọn, pin sạc và điều khiển bằng cử chỉ tay', s: { power: '160 W', battery: '12 giờ', waterproof: 'IPX5' } },
    { b: 'samsung', m: 'Sound Tower MX-ST90B', p: 14_990_000, c: ['Đen'], h: 'công suất 1.700 W, dải trầm mạnh và chế độ karaoke với 2 cổng micro', s: { power: '1.700 W' } },
    { b: 'lg', m: 'XBOOM XL7S', p: 9_990_000, c: ['Đen'], h: 'màn hình LED hiển thị chữ, bánh xe kéo và pin 20 giờ', s: { power: '250 W', battery: '20 giờ', waterproof: 'IPX4' } },
    { b: 'lg', m: 'XBOOM XL9T', p: 15_990_000, c: ['Đen'], h: 'công suất 1.000 W, màn hình LED pixel và tay kéo như vali', s: { power: '1.000 W', battery: '20 giờ', waterproof: 'IPX4' } },
    { b: 'lg', m: 'XBOOM RNC9', p: 12_990_000, c: ['Đen'], h: 'âm thanh đa hướng, hiệu ứng ánh sáng và chế độ karaoke chấm điểm', s: { power: '1.000 W' } },
    { b: 'klipsch', m: 'Gig XXL', p: 9_990_000, c: ['Đen'], h: 'âm thanh Klipsch mạnh mẽ, đèn LED và 2 cổng micro', s: { power: '150 W', battery: '12 giờ', waterproof: 'IPX4' } },
    { b: 'bose', m: 'S1 Pro+', p: 17_990_000, c: ['Đen'], h: 'mixer 3 kênh tích hợp, hỗ trợ micro không dây và pin 11 giờ', s: { power: '120 W', battery: '11 giờ', inputs: '2 cổng combo XLR/6.35 mm, AUX 3.5 mm' } },
    { b: 'yamaha', m: 'STAGEPAS 200BTR', p: 16_990_000, c: ['Đen'], h: 'hệ thống PA di động với mixer 5 kênh, pin sạc và chất âm chuẩn sân khấu', s: { power: '180 W', battery: '10 giờ', inputs: '2 cổng combo XLR/6.35 mm, RCA, AUX 3.5 mm' } },
  ],

  'loa-bookshelf': [
    { b: 'kef', m: 'LS50 Meta', p: 39_990_000, c: ['Đen', 'Trắng', 'Xám'], f: true, h: 'củ loa đồng trục Uni-Q thế hệ 12 và công nghệ hấp thụ Metamaterial cho âm hình chính xác', s: { driver: 'Uni-Q 130 mm đồng trục', frequencyResponse: '79 Hz – 28 kHz', impedance: '8 Ω', sensitivity: '85 dB', power: '40 – 100 W' } },
    { b: 'kef', m: 'LSX II', p: 36_990_000, c: ['Đen', 'Trắng', 'Xanh dương'], h: 'loa active không dây nhỏ gọn, cổng HDMI eARC cùng AirPlay 2 và Chromecast', s: { connectivity: 'Wi-Fi + Bluetooth', driver: 'Uni-Q 115 mm đồng trục', power: '2 x 100 W', frequencyResponse: '49 Hz – 47 kHz', bluetooth: '5.0' } },
    { b: 'kef', m: 'Q150', p: 16_990_000, c: ['Đen', 'Trắng'], h: 'củ Uni-Q 135 mm phân tán âm rộng, dễ phối ghép với ampli tầm trung', s: { driver: 'Uni-Q 135 mm đồng trục', frequencyResponse: '51 Hz – 28 kHz', impedance: '8 Ω', sensitivity: '86 dB', power: '10 – 100 W' } },
    { b: 'kef', m: 'Q350', p: 23_990_000, c: ['Đen', 'Trắng'], h: 'củ Uni-Q 165 mm cho dải trầm dày dặn, hợp phòng 15–25 m²', s: { driver: 'Uni-Q 165 mm đồng trục', frequencyResponse: '42 Hz – 28 kHz', impedance: '8 Ω', sensitivity: '87 dB', power: '15 – 120 W' } },
    { b: 'bowers-wilkins', m: '607 S3', p: 21_990_000, c: ['Đen', 'Trắng'], h: 'tweeter nhôm Decoupled Double Dome và củ mid/bass Continuum 130 mm', s: { driver: '2 đường tiếng, bass 130 mm', frequencyResponse: '52 Hz – 28 kHz', impedance: '8 Ω', sensitivity: '84 dB', power: '30 – 100 W' } },
    { b: 'bowers-wilkins', m: '606 S3', p: 28_990_000, c: ['Đen', 'Trắng', 'Gỗ sồi'], h: 'củ Continuum 165 mm cho dải trầm đầy đặn và âm hình rộng', s: { driver: '2 đường tiếng, bass 165 mm', frequencyResponse: '40 Hz – 33 kHz', impedance: '8 Ω', sensitivity: '88 dB', power: '30 – 120 W' } },
    { b: 'bowers-wilkins', m: '707 S3', p: 69_990_000, c: ['Đen', 'Trắng'], h: 'tweeter Solid Body Aluminium và củ Continuum kế thừa từ dòng 700 cao cấp', s: { driver: '2 đường tiếng, bass 130 mm', frequencyResponse: '45 Hz – 33 kHz', impedance: '8 Ω', sensitivity: '84 dB', power: '30 – 100 W' } },
    { b: 'klipsch', m: 'R-51M', p: 8_990_000, c: ['Đen'], h: 'tweeter loa kèn Tractrix cho âm thanh sống động, độ nhạy cao nên rất dễ kéo', s: { driver: '2 đường tiếng, bass 133 mm', frequencyResponse: '62 Hz – 21 kHz', impedance: '8 Ω', sensitivity: '93 dB', power: '10 – 85 W' } },
    { b: 'klipsch', m: 'RP-600M II', p: 18_990_000, c: ['Đen', 'Gỗ óc chó'], h: 'loa kèn Tractrix 90 x 90 và củ Cerametallic 165 mm, độ nhạy 93 dB', s: { driver: '2 đường tiếng, bass 165 mm', frequencyResponse: '45 Hz – 25 kHz', impedance: '8 Ω', sensitivity: '93 dB', power: '15 – 100 W' } },
    { b: 'klipsch', m: 'The Fives', p: 21_990_000, c: ['Đen', 'Gỗ óc chó'], h: 'loa active tích hợp HDMI ARC, ngõ phono và Bluetooth, chỉ cần cắm là nghe', s: { connectivity: 'Bluetooth + Có dây', driver: '2 đường tiếng, bass 114 mm', power: '2 x 80 W', frequencyResponse: '40 Hz – 20 kHz', bluetooth: '5.0' } },
    { b: 'edifier', m: 'R1280DBs', p: 3_190_000, c: ['Gỗ óc chó', 'Đen'], h: 'vỏ gỗ MDF, cổng quang, coaxial và remote tiện dụng cho bàn làm việc', s: { connectivity: 'Bluetooth + Có dây', driver: '2 đường tiếng, bass 102 mm', power: '2 x 21 W', frequencyResponse: '55 Hz – 20 kHz', bluetooth: '5.0' } },
    { b: 'edifier', m: 'R1700BT', p: 4_290_000, c: ['Gỗ óc chó', 'Đen'], h: 'củ bass 4 inch dày dặn, xử lý DSP và Bluetooth aptX', s: { connectivity: 'Bluetooth + Có dây', driver: '2 đường tiếng, bass 102 mm', power: '66 W', frequencyResponse: '60 Hz – 20 kHz', bluetooth: '5.0' } },
    { b: 'edifier', m: 'S2000MKIII', p: 14_990_000, c: ['Gỗ óc chó'], h: 'tweeter ribbon phẳng, củ bass nhôm 5,5 inch và chứng nhận Hi-Res Audio', s: { connectivity: 'Bluetooth + Có dây', driver: '2 đường tiếng, bass 140 mm', power: '130 W', frequencyResponse: '38 Hz – 40 kHz', bluetooth: '5.0' } },
    { b: 'edifier', m: 'MR4', p: 2_390_000, c: ['Đen', 'Trắng'], h: 'loa kiểm âm phòng thu giá mềm, đáp tuyến phẳng và cổng tai nghe phía trước', s: { driver: '2 đường tiếng, bass 102 mm', power: '2 x 21 W', frequencyResponse: '60 Hz – 20 kHz' } },
    { b: 'jbl', m: '4305P', p: 32_990_000, c: ['Gỗ óc chó'], h: 'họng kèn HDI của dòng Studio Monitor, streaming Wi-Fi và ngõ vào phono', s: { connectivity: 'Wi-Fi + Bluetooth', driver: '2 đường tiếng, bass 133 mm', power: '2 x 150 W', frequencyResponse: '45 Hz – 25 kHz', bluetooth: '5.0' } },
    { b: 'yamaha', m: 'NS-BP182', p: 3_490_000, c: ['Đen'], h: 'vỏ sơn đen bóng kiểu piano và âm thanh trung thực cho dàn mini', s: { driver: '2 đường tiếng, bass 120 mm', frequencyResponse: '65 Hz – 35 kHz', impedance: '6 Ω', sensitivity: '84 dB', power: '25 – 90 W' } },
    { b: 'fiio', m: 'SP3 BT', p: 9_990_000, c: ['Đen', 'Trắng'], h: 'thân nhôm nguyên khối nhỏ gọn, chip DAC ESS và chuẩn Hi-Res', s: { connectivity: 'Bluetooth + Có dây', driver: '2 đường tiếng, bass 89 mm', power: '2 x 40 W', frequencyResponse: '45 Hz – 40 kHz', bluetooth: '5.1' } },
  ],

  soundbar: [
    { b: 'samsung', m: 'HW-Q990F', p: 22_990_000, c: ['Đen'], h: 'hệ thống 11.1.4 kênh kèm loa sau và loa siêu trầm cho Dolby Atmos chân thực', s: { channels: '11.1.4', power: '656 W' } },
    { b: 'samsung', m: 'HW-Q700D', p: 9_990_000, c: ['Đen'], h: 'loa hướng trần cho Dolby Atmos và Q-Symphony phối hợp cùng loa TV Samsung', s: { channels: '3.1.2', power: '320 W' } },
    { b: 'samsung', m: 'HW-S800D', p: 12_990_000, c: ['Đen'], h: 'thân siêu mỏng 4 cm treo sát TV và loa siêu trầm không dây', s: { channels: '3.1.2', power: '330 W' } },
    { b: 'samsung', m: 'HW-B550D', p: 3_990_000, c: ['Đen'], h: 'loa siêu trầm không dây đi kèm cùng Dolby Audio, DTS Virtual:X ở mức giá dễ tiếp cận', s: { connectivity: 'Bluetooth', channels: '2.1', power: '410 W', inputs: 'HDMI, quang học' } },
    { b: 'sony', m: 'HT-S2000', p: 9_990_000, c: ['Đen'], h: 'Dolby Atmos với công nghệ Vertical Surround Engine trong thân máy gọn dưới TV', s: { connectivity: 'Bluetooth', channels: '3.1', power: '250 W' } },
    { b: 'sony', m: 'HT-A3000', p: 13_990_000, c: ['Đen'], h: 'công nghệ 360 Spatial Sound Mapping khi ghép thêm loa sau và loa siêu trầm', s: { channels: '3.1', power: '250 W' } },
    { b: 'sony', m: 'Bravia Theater Bar 9', p: 24_990_000, c: ['Đen'], h: '13 củ loa cho âm thanh vòm Dolby Atmos và tính năng Voice Zoom 3 làm rõ lời thoại', s: { channels: '7.0.2' } },
    { b: 'bose', m: 'Smart Ultra Soundbar', p: 22_990_000, c: ['Đen', 'Trắng'], h: 'AI Dialogue Mode làm rõ lời thoại, Dolby Atmos và trợ lý giọng nói tích hợp', s: { channels: '5.0.2' } },
    { b: 'bose', m: 'Smart Soundbar', p: 12_990_000, c: ['Đen'], h: 'âm trường rộng TrueSpace và tính năng Personal Surround khi dùng kèm tai nghe Bose', s: { channels: '5.0' } },
    { b: 'bose', m: 'TV Speaker', p: 6_490_000, c: ['Đen', 'Trắng'], h: 'thiết kế nhỏ gọn, làm rõ lời thoại cho TV phòng ngủ', s: { connectivity: 'Bluetooth', channels: '2.0', power: '100 W', inputs: 'HDMI ARC, quang học, AUX 3.5 mm' } },
    { b: 'sonos', m: 'Arc Ultra', p: 25_990_000, c: ['Đen', 'Trắng'], f: true, h: 'công nghệ Sound Motion cho dải trầm sâu gấp đôi và âm thanh Dolby Atmos 9.1.4 từ một thanh loa', s: { channels: '9.1.4', bluetooth: '5.3', inputs: 'HDMI eARC' } },
    { b: 'sonos', m: 'Beam (Gen 2)', p: 12_990_000, c: ['Đen', 'Trắng'], h: 'Dolby Atmos ảo, HDMI eARC và streaming Wi-Fi trong thân máy gọn', s: { connectivity: 'Wi-Fi', channels: '5.0', inputs: 'HDMI eARC' } },
    { b: 'sonos', m: 'Ray', p: 6_490_000, c: ['Đen', 'Trắng'], h: 'kích thước nhỏ đặt vừa kệ TV, lời thoại rõ và phát nhạc đa phòng qua Wi-Fi', s: { connectivity: 'Wi-Fi', channels: '3.0', inputs: 'Quang học' } },
    { b: 'jbl', m: 'Bar 1000', p: 23_990_000, c: ['Đen'], h: 'loa vòm tháo rời không dây, Dolby Atmos 7.1.4 và loa siêu trầm 10 inch', s: { channels: '7.1.4', power: '880 W' } },
    { b: 'jbl', m: 'Bar 500', p: 12_990_000, c: ['Đen'], h: 'công nghệ MultiBeam và loa siêu trầm 10 inch cho trải nghiệm Dolby Atmos trọn vẹn', s: { channels: '5.1', power: '590 W' } },
    { b: 'jbl', m: 'Bar 300', p: 8_990_000, c: ['Đen'], h: 'thanh loa độc lập gọn gàng, Dolby Atmos ảo và AirPlay', s: { channels: '5.0', power: '260 W' } },
    { b: 'yamaha', m: 'SR-B30A', p: 6_990_000, c: ['Đen'], h: 'loa siêu trầm tích hợp, Dolby Atmos và chế độ Clear Voice', s: { connectivity: 'Bluetooth', channels: '2.1', power: '120 W' } },
    { b: 'yamaha', m: 'SR-C20A', p: 3_990_000, c: ['Đen'], h: 'chiều dài chỉ 60 cm, hợp TV 32–50 inch và màn hình máy tính', s: { connectivity: 'Bluetooth', channels: '2.1', power: '100 W', inputs: 'HDMI ARC, quang học, AUX 3.5 mm' } },
    { b: 'harman-kardon', m: 'Citation Multibeam 1100', p: 22_990_000, c: ['Đen'], h: 'vải bọc cao cấp, Dolby Atmos và trợ lý giọng nói tích hợp', s: { channels: '5.1.2' } },
    { b: 'lg', m: 'S95TR', p: 24_990_000, c: ['Đen'], h: 'hệ thống 9.1.5 kênh với loa sau có kênh hướng trần, tối ưu cho TV LG OLED', s: { channels: '9.1.5', power: '810 W' } },
    { b: 'klipsch', m: 'Flexus Core 200', p: 14_990_000, c: ['Đen'], h: 'hai củ trầm 4 inch tích hợp, Dolby Atmos và khả năng nâng cấp dần thành hệ 5.1.4', s: { channels: '3.1.2' } },
  ],

  'tai-nghe-true-wireless': [
    { b: 'apple', m: 'AirPods Pro 3', p: 6_990_000, c: ['Trắng'], f: true, h: 'chống ồn chủ động mạnh mẽ, đo nhịp tim khi tập luyện và âm thanh không gian cá nhân hóa', s: { codec: 'AAC', battery: '8 giờ (24 giờ kèm hộp sạc)', waterproof: 'IP57', driver: 'Apple thiết kế riêng' } },
    { b: 'apple', m: 'AirPods 4 ANC', p: 4_990_000, c: ['Trắng'], h: 'thiết kế mở không nút tai nhưng vẫn có chống ồn chủ động và chế độ xuyên âm', s: { codec: 'AAC', battery: '5 giờ (20 giờ kèm hộp sạc)', waterproof: 'IP54', driver: 'Apple thiết kế riêng' } },
    { b: 'apple', m: 'AirPods 4', p: 3_490_000, c: ['Trắng'], h: 'thiết kế mở thoải mái, chip H2 và hộp sạc USB-C nhỏ gọn', s: { anc: 'Không', codec: 'AAC', battery: '5 giờ (30 giờ kèm hộp sạc)', waterproof: 'IP54', driver: 'Apple thiết kế riêng' } },
    { b: 'samsung', m: 'Galaxy Buds3 Pro', p: 4_990_000, c: ['Bạc', 'Trắng'], h: 'thiết kế thanh dài với dải đèn Blade Light, codec SSC UHQ 24-bit và chống ồn thích ứng', s: { codec: 'SBC, AAC, SSC', bluetooth: '5.4', battery: '6 giờ (26 giờ kèm hộp sạc)', waterproof: 'IP57' } },
    { b: 'samsung', m: 'Galaxy Buds3 FE', p: 2_490_000, c: ['Đen', 'Xám'], h: 'chống ồn chủ động và Galaxy AI phiên dịch trực tiếp với mức giá dễ chịu', s: { codec: 'SBC, AAC, SSC', bluetooth: '5.4', battery: '6 giờ (30 giờ kèm hộp sạc)', waterproof: 'IP54' } },
    { b: 'sony', m: 'WF-1000XM5', p: 5_490_000, c: ['Đen', 'Bạc'], h: 'chống ồn hàng đầu với chip QN2e và âm thanh Hi-Res Wireless qua LDAC', s: { codec: 'SBC, AAC, LDAC', battery: '8 giờ (24 giờ kèm hộp sạc)', driver: '8,4 mm' } },
    { b: 'sony', m: 'WF-C710N', p: 2_290_000, c: ['Đen', 'Trắng', 'Hồng'], h: 'chống ồn kép, thiết kế nhỏ gọn và pin 8,5 giờ', s: { battery: '8,5 giờ (30 giờ kèm hộp sạc)', driver: '5 mm' } },
    { b: 'sony', m: 'LinkBuds Fit', p: 4_490_000, c: ['Đen', 'Trắng', 'Xanh lá'], h: 'cánh tai Air Fitting Supporter ôm chắc, chống ồn và âm thanh xung quanh tự nhiên', s: { codec: 'SBC, AAC, LDAC', battery: '5,5 giờ (21 giờ kèm hộp sạc)', driver: '8,4 mm' } },
    { b: 'sennheiser', m: 'Momentum True Wireless 4', p: 6_990_000, c: ['Đen', 'Bạc'], f: true, h: 'âm thanh chuẩn audiophile, chống ồn thích ứng và aptX Lossless qua Snapdragon Sound', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless, LC3', bluetooth: '5.4', battery: '7,5 giờ (30 giờ kèm hộp sạc)', waterproof: 'IP54', driver: 'TrueResponse 7 mm' } },
    { b: 'sennheiser', m: 'Accentum True Wireless', p: 2_990_000, c: ['Đen', 'Trắng'], h: 'chống ồn lai và chất âm Sennheiser cân bằng ở phân khúc tầm trung', s: { codec: 'SBC, AAC, aptX', battery: '8 giờ (28 giờ kèm hộp sạc)', waterproof: 'IP54', driver: '7 mm' } },
    { b: 'bose', m: 'QuietComfort Ultra Earbuds (2nd Gen)', p: 6_490_000, c: ['Đen', 'Trắng'], h: 'chống ồn hàng đầu phân khúc, âm thanh Immersive Audio và sạc không dây', s: { codec: 'SBC, AAC, aptX Adaptive', bluetooth: '5.4', battery: '6 giờ (24 giờ kèm hộp sạc)', driver: '9,3 mm' } },
    { b: 'beats', m: 'Powerbeats Pro 2', p: 6_290_000, c: ['Đen', 'Cam'], h: 'móc tai ôm chắc khi tập luyện, đo nhịp tim và chống ồn chủ động', s: { battery: '10 giờ (45 giờ kèm hộp sạc)' } },
    { b: 'beats', m: 'Studio Buds+', p: 3_990_000, c: ['Đen', 'Trong suốt'], h: 'vỏ trong suốt độc đáo và khả năng tương thích tốt cả iPhone lẫn Android', s: { battery: '9 giờ (36 giờ kèm hộp sạc)' } },
    { b: 'jbl', m: 'Tour Pro 3', p: 6_490_000, c: ['Đen', 'Kem'], h: 'hộp sạc màn hình cảm ứng kiêm bộ phát âm thanh, driver kép và LDAC', s: { codec: 'SBC, AAC, LDAC, LC3', battery: '11 giờ (44 giờ kèm hộp sạc)', waterproof: 'IP55', driver: '10 mm + BA' } },
    { b: 'jbl', m: 'Live Beam 3', p: 3_990_000, c: ['Đen', 'Xanh dương', 'Trắng'], h: 'hộp sạc màn hình cảm ứng, chống ồn thích ứng và tổng thời lượng pin 48 giờ', s: { codec: 'SBC, AAC, LC3', battery: '12 giờ (48 giờ kèm hộp sạc)', waterproof: 'IP55' } },
    { b: 'edifier', m: 'NeoBuds Pro 2', p: 2_190_000, c: ['Đen', 'Trắng'], h: 'chống ồn sâu 50 dB, codec LHDC và driver kép chuẩn Hi-Res', s: { codec: 'SBC, AAC, LHDC', waterproof: 'IP54', driver: '10 mm + BA' } },
    { b: 'edifier', m: 'X3s', p: 590_000, c: ['Đen', 'Trắng'], h: 'giá rẻ, pin bền và chế độ game độ trễ thấp', s: { anc: 'Không', codec: 'SBC', bluetooth: '5.2', waterproof: 'IP55', driver: '13 mm' } },
    { b: 'marshall', m: 'Motif II ANC', p: 4_990_000, c: ['Đen'], h: 'thiết kế Marshall cổ điển, chống ồn chủ động và codec LC3', s: { codec: 'SBC, AAC, LC3', battery: '6 giờ (30 giờ kèm hộp sạc)' } },
    { b: 'marshall', m: 'Minor IV', p: 3_290_000, c: ['Đen', 'Kem'], h: 'kiểu earbud mở thoải mái, tổng thời lượng pin 30 giờ và sạc không dây', s: { anc: 'Không', battery: '7 giờ (30 giờ kèm hộp sạc)', driver: '12 mm' } },
    { b: 'audio-technica', m: 'ATH-CKS50TW', p: 3_490_000, c: ['Đen', 'Xanh navy'], h: 'pin tới 20 giờ mỗi lần sạc và dải trầm sâu đặc trưng Solid Bass', s: { codec: 'SBC, AAC, LDAC', bluetooth: '5.2', battery: '20 giờ (50 giờ kèm hộp sạc)', driver: '9 mm' } },
    { b: 'bowers-wilkins', m: 'Pi6', p: 6_990_000, c: ['Đen', 'Xám'], h: 'driver 12 mm tinh chỉnh bởi kỹ sư Bowers & Wilkins, aptX Lossless và chống ồn thích ứng', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless', bluetooth: '5.4', battery: '8 giờ (24 giờ kèm hộp sạc)', waterproof: 'IP54', driver: '12 mm' } },
    { b: 'klipsch', m: 'T5 II True Wireless ANC', p: 4_990_000, c: ['Đen', 'Bạc'], h: 'hộp sạc kim loại phong cách bật lửa cổ điển, chống ồn chủ động và nút tai oval êm ái', s: { bluetooth: '5.0', waterproof: 'IP67', driver: '5,8 mm' } },
    { b: 'cambridge-audio', m: 'Melomania M100', p: 4_990_000, c: ['Đen'], h: 'pin 10 giờ khi bật chống ồn, aptX Lossless và EQ tùy chỉnh qua ứng dụng', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless', battery: '10 giờ (52 giờ kèm hộp sạc)' } },
    { b: 'moondrop', m: 'Space Travel', p: 590_000, c: ['Đen', 'Trắng'], h: 'mức giá sinh viên nhưng vẫn có chống ồn chủ động và độ trễ thấp khi chơi game', s: { battery: '4,5 giờ (18 giờ kèm hộp sạc)', driver: '13 mm' } },
  ],

  'tai-nghe-chong-on': [
    { b: 'sony', m: 'WH-1000XM6', p: 9_990_000, c: ['Đen', 'Bạc', 'Xanh navy'], f: true, h: 'bộ xử lý QN3 với 12 micro chống ồn, thiết kế gập gọn trở lại và âm thanh tinh chỉnh cùng kỹ sư phòng thu', s: { codec: 'SBC, AAC, LDAC, LC3', driver: '30 mm' } },
    { b: 'sony', m: 'WH-1000XM5', p: 7_490_000, c: ['Đen', 'Bạc', 'Xanh navy'], h: 'chống ồn hàng đầu với 8 micro, codec LDAC và đàm thoại rõ ràng', s: { codec: 'SBC, AAC, LDAC', bluetooth: '5.2', driver: '30 mm' } },
    { b: 'sony', m: 'ULT Wear', p: 3_990_000, c: ['Đen', 'Trắng', 'Xanh lá'], h: 'nút ULT tăng cường bass sâu, chống ồn kép và pin 30 giờ', s: { codec: 'SBC, AAC, LDAC', bluetooth: '5.2' } },
    { b: 'sony', m: 'WH-CH720N', p: 2_490_000, c: ['Đen', 'Trắng', 'Xanh dương'], h: 'trọng lượng chỉ 192 g, chống ồn chủ động và pin 35 giờ ở mức giá phổ thông', s: { battery: '35 giờ', bluetooth: '5.2', driver: '30 mm' } },
    { b: 'bose', m: 'QuietComfort Ultra', p: 9_490_000, c: ['Đen', 'Trắng', 'Xanh navy'], f: true, h: 'khả năng chống ồn hàng đầu, âm thanh không gian Immersive Audio và đệm tai êm ái cho chuyến bay dài', s: { codec: 'SBC, AAC, aptX Adaptive', battery: '24 giờ', driver: '35 mm' } },
    { b: 'bose', m: 'QuietComfort Headphones', p: 6_490_000, c: ['Đen', 'Trắng', 'Xanh navy'], h: 'chống ồn chủ động đặc trưng của Bose, chế độ Aware và pin 24 giờ', s: { battery: '24 giờ', bluetooth: '5.1' } },
    { b: 'sennheiser', m: 'Momentum 4 Wireless', p: 7_990_000, c: ['Đen', 'Trắng'], h: 'pin tới 60 giờ, chất âm Sennheiser chi tiết và chống ồn thích ứng', s: { codec: 'SBC, AAC, aptX Adaptive', battery: '60 giờ', bluetooth: '5.2', driver: '42 mm' } },
    { b: 'sennheiser', m: 'Accentum Plus', p: 4_990_000, c: ['Đen', 'Trắng'], h: 'chống ồn lai, pin 50 giờ và phát nhạc số qua cổng USB-C', s: { codec: 'SBC, AAC, aptX Adaptive', battery: '50 giờ', bluetooth: '5.2', driver: '37 mm' } },
    { b: 'bowers-wilkins', m: 'Px7 S3', p: 10_990_000, c: ['Đen', 'Xanh navy'], h: 'thiết kế mỏng hơn, bộ khuếch đại tai nghe tích hợp và aptX Lossless', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless', bluetooth: '5.4' } },
    { b: 'bowers-wilkins', m: 'Px8', p: 17_990_000, c: ['Đen', 'Nâu'], h: 'da Nappa và khung nhôm đúc, driver carbon 40 mm cho âm thanh hi-end', s: { codec: 'SBC, AAC, aptX Adaptive', bluetooth: '5.2', driver: '40 mm carbon' } },
    { b: 'apple', m: 'AirPods Max (USB-C)', p: 13_990_000, c: ['Xanh navy', 'Bạc', 'Tím', 'Cam'], h: 'khung thép không gỉ, chống ồn chuyên nghiệp và âm thanh không gian theo chuyển động đầu', s: { codec: 'AAC', battery: '20 giờ', bluetooth: '5.0' } },
    { b: 'beats', m: 'Studio Pro', p: 7_990_000, c: ['Đen', 'Trắng', 'Xanh navy'], h: 'chống ồn thích ứng, nghe nhạc lossless qua USB-C và tương thích cả iOS lẫn Android', s: { battery: '40 giờ' } },
    { b: 'marshall', m: 'Monitor III ANC', p: 9_490_000, c: ['Đen'], h: 'pin tới 70 giờ khi bật chống ồn, âm thanh đặc trưng Marshall và phong cách rock cổ điển', s: { codec: 'SBC, AAC, LC3', battery: '70 giờ', driver: '32 mm' } },
    { b: 'jbl', m: 'Tour One M2', p: 6_490_000, c: ['Đen', 'Kem'], h: 'chống ồn thích ứng True Adaptive, Spatial Sound và 4 micro đàm thoại' },
    { b: 'jbl', m: 'Live 770NC', p: 3_990_000, c: ['Đen', 'Trắng', 'Xanh dương'], h: 'chống ồn thích ứng, âm thanh JBL Signature Sound và pin 65 giờ', s: { battery: '65 giờ' } },
    { b: 'shure', m: 'Aonic 50 Gen 2', p: 8_990_000, c: ['Đen', 'Be'], h: 'chất âm chuẩn phòng thu của Shure, chống ồn điều chỉnh được và pin 45 giờ', s: { codec: 'SBC, AAC, aptX Adaptive, LDAC', battery: '45 giờ', bluetooth: '5.0', driver: '50 mm' } },
    { b: 'akg', m: 'N9 Hybrid', p: 6_990_000, c: ['Đen'], h: 'chống ồn lai True Adaptive, pin 55 giờ và âm thanh tinh chỉnh bởi AKG', s: { battery: '55 giờ' } },
    { b: 'beyerdynamic', m: 'Aventho 300', p: 9_990_000, c: ['Đen', 'Trắng'], h: 'driver STELLAR.45 cho chất âm tự nhiên, chống ồn lai và USB-C lossless', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless', battery: '50 giờ', bluetooth: '5.4', driver: '45 mm' } },
    { b: 'kef', m: 'Mu7', p: 9_490_000, c: ['Xám', 'Bạc'], h: 'thiết kế của Ross Lovegrove, chống ồn chủ động và âm thanh ấm áp đặc trưng KEF', s: { battery: '40 giờ', bluetooth: '5.1' } },
    { b: 'edifier', m: 'W820NB Plus', p: 1_390_000, c: ['Đen', 'Trắng', 'Xanh navy'], h: 'chống ồn lai 4 micro, codec LDAC và pin 49 giờ ở mức giá rất dễ chịu', s: { codec: 'SBC, AAC, LDAC', battery: '49 giờ', bluetooth: '5.2' } },
    { b: 'yamaha', m: 'YH-E700B', p: 7_490_000, c: ['Đen', 'Be'], h: 'Listening Optimizer tự hiệu chỉnh âm thanh và Listening Care bảo vệ thính giác', s: { codec: 'SBC, AAC, aptX Adaptive', battery: '32 giờ', bluetooth: '5.2' } },
    { b: 'cambridge-audio', m: 'Melomania P100', p: 8_490_000, c: ['Đen'], h: 'pin tới 100 giờ, chống ồn chủ động và chất âm hi-fi đến từ nước Anh', s: { codec: 'SBC, AAC, aptX Adaptive, aptX Lossless', battery: '100 giờ' } },
  ],

  'tai-nghe-co-day': [
    { b: 'sennheiser', m: 'HD 600', p: 9_990_000, f: true, h: 'thiết kế open-back huyền thoại với dải trung tự nhiên, chuẩn tham chiếu của giới audiophile', s: { connectivity: 'Jack 6.35 mm', impedance: '300 Ω', sensitivity: '97 dB', frequencyResponse: '12 Hz – 40,5 kHz', driver: '42 mm, open-back' } },
    { b: 'sennheiser', m: 'HD 650', p: 11_490_000, h: 'âm thanh ấm, mượt và chi tiết, cặp đôi lý tưởng với ampli đèn', s: { connectivity: 'Jack 6.35 mm', impedance: '300 Ω', sensitivity: '103 dB', frequencyResponse: '10 Hz – 41 kHz', driver: '42 mm, open-back' } },
    { b: 'sennheiser', m: 'HD 560S', p: 4_990_000, h: 'âm trường rộng và đáp tuyến trung tính, dễ phối với DAC/AMP phổ thông', s: { connectivity: 'Jack 6.35 mm', impedance: '120 Ω', sensitivity: '110 dB', frequencyResponse: '6 Hz – 38 kHz', driver: '38 mm, open-back' } },
    { b: 'sennheiser', m: 'HD 660S2', p: 14_990_000, h: 'dải trầm sâu hơn, độ động cao và dây 4.4 mm balanced đi kèm', s: { connectivity: 'Jack 4.4 mm', impedance: '300 Ω', sensitivity: '104 dB', frequencyResponse: '8 Hz – 41,5 kHz', driver: '38 mm, open-back' } },
    { b: 'sennheiser', m: 'IE 200', p: 3_490_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'driver TrueResponse 7 mm và hai chế độ bass tùy chỉnh theo cách đeo nút tai', s: { impedance: '18 Ω', sensitivity: '119 dB', frequencyResponse: '8 Hz – 20 kHz', driver: 'TrueResponse 7 mm' } },
    { b: 'sennheiser', m: 'IE 600', p: 17_990_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'vỏ in 3D từ hợp kim zirconium vô định hình và độ chi tiết hi-end', s: { connectivity: 'Jack 4.4 mm', impedance: '18 Ω', sensitivity: '118 dB', frequencyResponse: '4 Hz – 46,5 kHz', driver: 'TrueResponse 7 mm' } },
    { b: 'audio-technica', m: 'ATH-M50x', p: 3_690_000, c: ['Đen', 'Trắng'], t: 'Tai nghe kiểm âm', h: 'biểu tượng tai nghe phòng thu với dải trầm chắc và cáp tháo rời', s: { impedance: '38 Ω', sensitivity: '99 dB', frequencyResponse: '15 Hz – 28 kHz', driver: '45 mm' } },
    { b: 'audio-technica', m: 'ATH-M40x', p: 2_690_000, t: 'Tai nghe kiểm âm', h: 'đáp tuyến phẳng phục vụ mix nhạc và dựng video', s: { impedance: '35 Ω', sensitivity: '98 dB', frequencyResponse: '15 Hz – 24 kHz', driver: '40 mm' } },
    { b: 'audio-technica', m: 'ATH-R70x', p: 9_490_000, t: 'Tai nghe kiểm âm', h: 'thiết kế open-back siêu nhẹ dành cho kỹ sư âm thanh', s: { impedance: '470 Ω', sensitivity: '98 dB', frequencyResponse: '5 Hz – 40 kHz', driver: '45 mm, open-back' } },
    { b: 'beyerdynamic', m: 'DT 770 Pro', p: 4_290_000, t: 'Tai nghe kiểm âm', o: ['Trở kháng', [['32 Ω', 4_290_000], ['80 Ω', 4_290_000], ['250 Ω', 4_290_000]]], h: 'thiết kế đóng cách âm tốt, đệm nhung êm và độ bền chuẩn phòng thu Đức', s: { impedance: '32 / 80 / 250 Ω', sensitivity: '96 dB', frequencyResponse: '5 Hz – 35 kHz', driver: '45 mm' } },
    { b: 'beyerdynamic', m: 'DT 990 Pro', p: 4_490_000, t: 'Tai nghe kiểm âm', h: 'open-back với âm trường rộng và dải cao sáng, lý tưởng cho mixing', s: { impedance: '250 Ω', sensitivity: '96 dB', frequencyResponse: '5 Hz – 35 kHz', driver: '45 mm, open-back' } },
    { b: 'beyerdynamic', m: 'DT 1990 Pro MKII', p: 14_990_000, t: 'Tai nghe kiểm âm', h: 'driver STELLAR.45 thế hệ mới, trở kháng 30 Ω dễ kéo và hai bộ đệm tai đổi âm sắc', s: { impedance: '30 Ω', sensitivity: '100 dB', frequencyResponse: '5 Hz – 40 kHz', driver: 'STELLAR.45, open-back' } },
    { b: 'beyerdynamic', m: 'DT 700 Pro X', p: 5_990_000, t: 'Tai nghe kiểm âm', h: 'driver STELLAR.45 trở kháng thấp, dùng tốt trực tiếp với điện thoại và mixer', s: { impedance: '48 Ω', sensitivity: '100 dB', frequencyResponse: '5 Hz – 40 kHz', driver: 'STELLAR.45' } },
    { b: 'akg', m: 'K240 Studio', p: 1_590_000, t: 'Tai nghe kiểm âm', h: 'thiết kế semi-open kinh điển, giá dễ tiếp cận cho người mới làm nhạc', s: { impedance: '55 Ω', sensitivity: '104 dB', frequencyResponse: '15 Hz – 25 kHz', driver: '30 mm, semi-open' } },
    { b: 'akg', m: 'K371', p: 3_290_000, t: 'Tai nghe kiểm âm', h: 'đáp tuyến theo chuẩn Harman, thiết kế đóng và gập gọn', s: { impedance: '32 Ω', sensitivity: '114 dB', frequencyResponse: '5 Hz – 40 kHz', driver: '50 mm' } },
    { b: 'akg', m: 'K712 Pro', p: 7_990_000, t: 'Tai nghe kiểm âm', h: 'open-back với âm trường rộng, đệm nhung thoải mái cho những phiên làm việc dài', s: { connectivity: 'Jack 6.35 mm', impedance: '62 Ω', sensitivity: '93 dB', frequencyResponse: '10 Hz – 39,8 kHz', driver: '40 mm, open-back' } },
    { b: 'sony', m: 'MDR-7506', p: 2_690_000, t: 'Tai nghe kiểm âm', h: 'tai nghe phòng thu huyền thoại từ năm 1991 với dây xoắn bền bỉ', s: { impedance: '63 Ω', sensitivity: '106 dB', frequencyResponse: '10 Hz – 20 kHz', driver: '40 mm' } },
    { b: 'sony', m: 'MDR-MV1', p: 8_990_000, t: 'Tai nghe kiểm âm', h: 'open-back tối ưu cho âm thanh không gian và mix Dolby Atmos', s: { impedance: '24 Ω', sensitivity: '100 dB', frequencyResponse: '5 Hz – 80 kHz', driver: '40 mm, open-back' } },
    { b: 'shure', m: 'SRH440A', p: 2_490_000, t: 'Tai nghe kiểm âm', h: 'âm thanh chính xác, dây tháo rời và đệm tai dễ thay thế', s: { impedance: '44 Ω', sensitivity: '100 dB', frequencyResponse: '5 Hz – 25 kHz', driver: '40 mm' } },
    { b: 'shure', m: 'SE215', p: 2_590_000, c: ['Đen', 'Trong suốt'], t: 'Tai nghe in-ear', img: 'wired-iem', h: 'cách âm tới 37 dB và dây MMCX tháo rời, được nhiều ca sĩ dùng làm in-ear monitor', s: { impedance: '17 Ω', sensitivity: '107 dB', frequencyResponse: '22 Hz – 17,5 kHz', driver: 'Dynamic MicroDriver' } },
    { b: 'moondrop', m: 'Aria 2', p: 2_190_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'vỏ kim loại, driver màng DLC và chất âm bám sát đường cong tham chiếu', s: { impedance: '32 Ω', sensitivity: '122 dB', frequencyResponse: '5 Hz – 36 kHz', driver: '10 mm' } },
    { b: 'moondrop', m: 'Chu II', p: 590_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'tai nghe nhập môn giá rẻ với dây tháo rời chuẩn 0,78 mm', s: { impedance: '18 Ω', sensitivity: '119 dB', frequencyResponse: '10 Hz – 35 kHz', driver: '10 mm' } },
    { b: 'moondrop', m: 'Blessing 3', p: 8_490_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'cấu hình lai 2 dynamic và 4 balanced armature cho độ chi tiết cao', s: { impedance: '14,8 Ω', sensitivity: '117 dB', frequencyResponse: '9 Hz – 37 kHz', driver: '2 dynamic + 4 BA' } },
    { b: 'fiio', m: 'FT5', p: 10_990_000, h: 'driver từ phẳng 90 mm và nhiều đầu cắm thay thế đi kèm', s: { connectivity: 'Jack 4.4 mm', impedance: '36 Ω', sensitivity: '92 dB', frequencyResponse: '7 Hz – 40 kHz', driver: 'Planar 90 mm, open-back' } },
    { b: 'fiio', m: 'FH11', p: 2_990_000, t: 'Tai nghe in-ear', img: 'wired-iem', h: 'cấu hình lai dynamic và Knowles BA, dải trầm tốt cho nhạc pop, EDM', s: { impedance: '26 Ω', sensitivity: '110 dB', frequencyResponse: '20 Hz – 40 kHz', driver: '1 dynamic + 1 BA' } },
    { b: 'apple', m: 'EarPods (USB-C)', p: 590_000, c: ['Trắng'], img: 'wired-iem', h: 'cổng USB-C, nút điều khiển và micro trên dây, vừa vặn với nhiều người', s: { connectivity: 'USB-C', frequencyResponse: '20 Hz – 20 kHz', driver: 'Apple thiết kế riêng' } },
  ],

  amply: [
    { b: 'denon', m: 'PMA-600NE', p: 11_990_000, c: ['Đen', 'Bạc'], t: 'Âm ly', f: true, h: 'mạch Advanced High Current, DAC tích hợp cùng Bluetooth và ngõ phono MM', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 70 W (4 Ω)', dacChip: 'AKM AK4490' } },
    { b: 'denon', m: 'PMA-900HNE', p: 22_990_000, c: ['Đen', 'Bạc'], t: 'Âm ly', h: 'streaming HEOS tích hợp, HDMI ARC và phono MM/MC', s: { connectivity: 'Wi-Fi + Bluetooth', power: '2 x 85 W (4 Ω)' } },
    { b: 'denon', m: 'PMA-1700NE', p: 39_990_000, c: ['Đen', 'Bạc'], t: 'Âm ly', h: 'mạch UHC-MOS một tầng khuếch đại và DAC USB-B hỗ trợ DSD 11,2 MHz', s: { power: '2 x 140 W (4 Ω)' } },
    { b: 'denon', m: 'PMA-A110', p: 79_990_000, c: ['Bạc'], t: 'Âm ly', h: 'phiên bản kỷ niệm 110 năm với mạch UHC-MOS và xử lý Ultra AL32', s: { power: '2 x 160 W (4 Ω)' } },
    { b: 'sony', m: 'STR-DH190', p: 5_990_000, c: ['Đen'], t: 'Âm ly', h: 'receiver stereo giá tốt, tích hợp ngõ phono và radio FM', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 100 W (6 Ω)', inputs: '4 x RCA, phono MM' } },
    { b: 'yamaha', m: 'A-S501', p: 11_490_000, c: ['Đen', 'Bạc'], h: 'thiết kế ToP-ART đối xứng, DAC cổng quang, coaxial và âm thanh trung thực', s: { power: '2 x 85 W (6 Ω)' } },
    { b: 'yamaha', m: 'A-S801', p: 18_990_000, c: ['Đen', 'Bạc'], h: 'DAC ESS SABRE hỗ trợ DSD qua USB và nút loudness chỉnh liên tục', s: { power: '2 x 100 W (6 Ω)', dacChip: 'ESS ES9010K2M' } },
    { b: 'yamaha', m: 'A-S1200', p: 49_990_000, c: ['Bạc', 'Đen'], h: 'đồng hồ VU cổ điển và mạch khuếch đại floating & balanced', s: { power: '2 x 90 W (8 Ω)' } },
    { b: 'yamaha', m: 'R-N600A', p: 17_990_000, c: ['Đen', 'Bạc'], h: 'network receiver MusicCast, tự hiệu chỉnh âm thanh YPAO và streaming đa nền tảng', s: { connectivity: 'Wi-Fi + Bluetooth', power: '2 x 80 W (8 Ω)' } },
    { b: 'marantz', m: 'PM6007', p: 13_990_000, c: ['Đen', 'Bạc'], h: 'chất âm ấm áp đặc trưng Marantz, DAC AKM và mạch HDAM', s: { power: '2 x 45 W (8 Ω)', dacChip: 'AKM AK4490' } },
    { b: 'marantz', m: 'Model 40n', p: 45_990_000, c: ['Bạc', 'Đen'], h: 'streaming HEOS, HDMI ARC và mặt trước thiết kế cửa sổ biểu tượng', s: { connectivity: 'Wi-Fi + Bluetooth', power: '2 x 70 W (8 Ω)' } },
    { b: 'marantz', m: 'Model 50', p: 34_990_000, c: ['Bạc', 'Đen'], h: 'mạch khuếch đại HDAM-SA3 toàn phần và phono MM/MC chất lượng cao', s: { power: '2 x 70 W (8 Ω)' } },
    { b: 'cambridge-audio', m: 'CXA61', p: 24_990_000, c: ['Xám'], h: 'DAC ESS SABRE, Bluetooth aptX HD và thân nhôm nguyên khối tối giản', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 60 W (8 Ω)', dacChip: 'ESS ES9010K2M' } },
    { b: 'cambridge-audio', m: 'CXA81', p: 34_990_000, c: ['Xám'], h: 'ngõ vào XLR cân bằng, DAC ESS và công suất dồi dào cho loa khó kéo', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 80 W (8 Ω)', dacChip: 'ESS ES9016K2M' } },
    { b: 'cambridge-audio', m: 'AXA35', p: 9_990_000, c: ['Xám'], h: 'ngõ phono MM tích hợp, phù hợp dàn đĩa than đầu tiên', s: { power: '2 x 35 W (8 Ω)' } },
    { b: 'topping', m: 'PA5 II', p: 6_490_000, c: ['Đen', 'Bạc'], h: 'mạch class D hiệu suất cao trong thân máy nhỏ gọn để bàn làm việc', s: { power: '2 x 100 W (4 Ω)', inputs: 'RCA, XLR cân bằng', outputs: 'Cọc loa' } },
    { b: 'topping', m: 'MX3s', p: 4_490_000, c: ['Đen', 'Bạc'], h: 'DAC tích hợp, Bluetooth và cổng tai nghe trong thân máy nhỏ gọn', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 40 W (4 Ω)', dacChip: 'ESS ES9018K2M', inputs: 'USB, quang học, coaxial, RCA' } },
    { b: 'pro-ject', m: 'Stereo Box S3 BT', p: 8_990_000, c: ['Đen', 'Bạc'], h: 'khuếch đại class D nhỏ gọn và Bluetooth aptX HD cho không gian tối giản', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 50 W (4 Ω)', inputs: '3 x RCA' } },
    { b: 'pro-ject', m: 'MaiA S3', p: 12_990_000, c: ['Đen', 'Bạc'], h: '9 ngõ vào gồm phono, USB và Bluetooth trong một thiết bị', s: { connectivity: 'Bluetooth + Có dây', power: '2 x 25 W (8 Ω)' } },
    { b: 'harman-kardon', m: 'Citation Amp', p: 19_990_000, c: ['Đen'], h: 'streaming Chromecast tích hợp và HDMI ARC để kết nối TV', s: { connectivity: 'Wi-Fi + Bluetooth', power: '2 x 200 W (4 Ω)' } },
  ],

  'dac-amp-giai-ma': [
    { b: 'fiio', m: 'K7', p: 3_990_000, c: ['Đen'], t: 'DAC/AMP để bàn', h: 'DAC kép AKM và công suất 2 W đủ kéo hầu hết tai nghe full-size', s: { connectivity: 'USB + Quang/Coaxial', dacChip: 'AKM AK4493SEQ x2', power: '2.000 mW (32 Ω)', outputs: 'Jack 6.35 mm, 4.4 mm balanced, RCA' } },
    { b: 'fiio', m: 'K11', p: 3_290_000, c: ['Đen', 'Bạc'], t: 'DAC/AMP để bàn', h: 'thân máy mỏng, màn hình LED và 3 mức gain', s: { connectivity: 'USB + Quang/Coaxial', dacChip: 'Cirrus Logic CS43198', power: '1.400 mW (32 Ω)', outputs: 'Jack 6.35 mm, 4.4 mm balanced, RCA' } },
    { b: 'fiio', m: 'BTR7', p: 4_990_000, c: ['Đen'], t: 'DAC/AMP di động', h: 'Bluetooth LDAC, màn hình màu và ngõ ra balanced 4.4 mm', s: { connectivity: 'Bluetooth + USB', dacChip: 'ESS ES9219C x2', power: '320 mW (32 Ω)', battery: '9 giờ', bluetooth: '5.1' } },
    { b: 'fiio', m: 'BTR15', p: 3_290_000, c: ['Đen', 'Xanh dương'], t: 'DAC/AMP di động', h: 'thân máy kẹp áo nhỏ gọn, LDAC và cổng 4.4 mm', s: { connectivity: 'Bluetooth + USB', dacChip: 'ESS ES9219MQ x2', power: '340 mW (32 Ω)', battery: '8 giờ', bluetooth: '5.1' } },
    { b: 'fiio', m: 'KA17', p: 2_890_000, c: ['Đen'], t: 'DAC/AMP dongle', h: 'chế độ Desktop tăng công suất và EQ phần cứng trong thân máy bỏ túi', s: { dacChip: 'ESS ES9069Q x2', sampleRate: '768 kHz', power: '650 mW (32 Ω)' } },
    { b: 'fiio', m: 'KA13', p: 1_990_000, c: ['Đen', 'Bạc'], t: 'DAC/AMP dongle', h: 'dongle nhỏ gọn, công suất tốt và chế độ Desktop', s: { dacChip: 'Cirrus Logic CS43131 x2', power: '550 mW (32 Ω)' } },
    { b: 'topping', m: 'E30 II', p: 3_790_000, c: ['Đen', 'Bạc'], t: 'DAC giải mã', h: 'độ méo cực thấp, điều khiển từ xa và mức giá rất tốt', s: { connectivity: 'USB + Quang/Coaxial', dacChip: 'AKM AK4493S x2', sampleRate: '768 kHz', outputs: 'RCA' } },
    { b: 'topping', m: 'DX5 II', p: 12_990_000, c: ['Đen', 'Bạc'], t: 'DAC/AMP để bàn', h: 'thiết kế all-in-one với Bluetooth LDAC, PEQ và ngõ ra 4.4 mm', s: { connectivity: 'Bluetooth + USB', dacChip: 'ESS ES9039Q2M x2', sampleRate: '768 kHz', power: '1.800 mW (32 Ω)', outputs: 'Jack 6.35 mm, 4.4 mm balanced, RCA, XLR' } },
    { b: 'topping', m: 'D70 Pro Octo', p: 15_990_000, c: ['Đen', 'Bạc'], t: 'DAC giải mã', h: 'tám chip DAC ESS, ngõ ra XLR cân bằng và đồng hồ nội bộ chính xác', s: { connectivity: 'Bluetooth + USB', dacChip: 'ESS ES9038Q2M x8', sampleRate: '768 kHz', outputs: 'RCA, XLR' } },
    { b: 'topping', m: 'DX3 Pro+', p: 5_990_000, c: ['Đen', 'Bạc'], t: 'DAC/AMP để bàn', h: 'Bluetooth LDAC, điều khiển từ xa và công suất tai nghe dồi dào', s: { connectivity: 'Bluetooth + USB', power: '1.800 mW (32 Ω)', outputs: 'Jack 6.35 mm, RCA' } },
    { b: 'topping', m: 'DX1', p: 2_490_000, c: ['Đen'], t: 'DAC/AMP để bàn', h: 'kích thước siêu nhỏ cho góc làm việc và công suất đủ kéo tai nghe phổ thông', s: { dacChip: 'AKM AK4493S', sampleRate: '768 kHz', outputs: 'Jack 6.35 mm, RCA' } },
    { b: 'cambridge-audio', m: 'DacMagic 200M', p: 12_990_000, c: ['Xám'], t: 'DAC giải mã', h: 'hai chip ESS Sabre, giải mã MQA và Bluetooth aptX HD', s: { connectivity: 'Bluetooth + USB', dacChip: 'ESS ES9028Q2M x2', sampleRate: '768 kHz', outputs: 'RCA, XLR, tai nghe 6.35 mm' } },
    { b: 'audioquest', m: 'DragonFly Cobalt', p: 7_490_000, c: ['Xanh dương'], t: 'DAC/AMP dongle', h: 'thân máy cỡ ổ nhớ flash, lọc nhiễu nguồn và âm thanh mượt mà', s: { dacChip: 'ESS ES9038Q2M', sampleRate: '96 kHz', inputs: 'USB-A', outputs: 'Jack 3.5 mm' } },
    { b: 'audioquest', m: 'DragonFly Red', p: 4_490_000, c: ['Đỏ'], t: 'DAC/AMP dongle', h: 'thiết kế biểu tượng của DAC USB di động, đủ sức kéo nhiều tai nghe full-size', s: { dacChip: 'ESS ES9016', sampleRate: '96 kHz', inputs: 'USB-A', outputs: 'Jack 3.5 mm' } },
    { b: 'denon', m: 'DA-310USB', p: 14_990_000, c: ['Bạc', 'Đen'], t: 'DAC giải mã', h: 'công nghệ Advanced AL32 Processing Plus và hỗ trợ DSD 5,6 MHz', s: { connectivity: 'USB + Quang/Coaxial', dacChip: 'Burr-Brown PCM1795', sampleRate: '192 kHz', outputs: 'RCA, tai nghe 6.35 mm' } },
    { b: 'moondrop', m: 'Dawn Pro', p: 1_790_000, c: ['Đen'], t: 'DAC/AMP dongle', h: 'dongle nhỏ gọn với ngõ ra 3.5 mm và 4.4 mm cho người dùng điện thoại', s: { dacChip: 'Cirrus Logic CS43131 x2', power: '230 mW (32 Ω)' } },
    { b: 'fiio', m: 'Q15', p: 6_990_000, c: ['Đen', 'Xanh dương'], t: 'DAC/AMP di động', h: 'chip DAC AKM flagship, Bluetooth LDAC và màn hình màu', s: { connectivity: 'Bluetooth + USB', dacChip: 'AKM AK4499EX', sampleRate: '768 kHz', power: '1.600 mW (32 Ω)', battery: '7 giờ', bluetooth: '5.1' } },
  ],

  'mam-dia-than': [
    { b: 'audio-technica', m: 'AT-LP120XUSB', p: 9_990_000, c: ['Đen', 'Bạc'], f: true, h: 'truyền động trực tiếp, cổng USB để số hóa đĩa than và tonearm hình chữ S', s: { connectivity: 'USB + Có dây', drive: 'Truyền động trực tiếp', speeds: '33⅓ / 45 / 78 vòng/phút', cartridge: 'Audio-Technica AT-VM95E' } },
    { b: 'audio-technica', m: 'AT-LP60X', p: 4_290_000, c: ['Đen', 'Xám', 'Nâu'], h: 'vận hành hoàn toàn tự động bằng một nút bấm và phono tích hợp cho người mới bắt đầu', s: { cartridge: 'Audio-Technica ATN3600L' } },
    { b: 'audio-technica', m: 'AT-LP70XBT', p: 5_990_000, c: ['Đen', 'Trắng'], h: 'vận hành tự động và Bluetooth phát nhạc tới loa, tai nghe không dây', s: { connectivity: 'Bluetooth + Có dây', cartridge: 'Audio-Technica AT-VM95C' } },
    { b: 'audio-technica', m: 'AT-LP5X', p: 12_990_000, c: ['Đen'], h: 'tonearm hình chữ J, truyền động trực tiếp và cổng USB ghi âm', s: { connectivity: 'USB + Có dây', drive: 'Truyền động trực tiếp', speeds: '33⅓ / 45 / 78 vòng/phút', cartridge: 'Audio-Technica AT-VM95EN' } },
    { b: 'audio-technica', m: 'AT-LPW40WN', p: 11_990_000, c: ['Gỗ óc chó'], h: 'đế gỗ óc chó, tonearm carbon và phono preamp bật tắt được', s: { cartridge: 'Audio-Technica AT-VM95E' } },
    { b: 'pro-ject', m: 'Debut Carbon EVO', p: 15_990_000, c: ['Đen', 'Trắng', 'Đỏ'], h: 'tonearm sợi carbon, kim Ortofon 2M Red và chân đế giảm chấn', s: { speeds: '33⅓ / 45 / 78 vòng/phút', cartridge: 'Ortofon 2M Red', outputs: 'RCA (cần phono preamp)' } },
    { b: 'pro-ject', m: 'T1 EVO Phono', p: 9_990_000, c: ['Đen', 'Trắng', 'Gỗ óc chó'], h: 'đĩa mâm thủy tinh, kim Ortofon OM 10 và phono preamp tích hợp', s: { cartridge: 'Ortofon OM 10' } },
    { b: 'pro-ject', m: 'E1', p: 7_990_000, c: ['Đen', 'Trắng', 'Gỗ óc chó'], h: 'cắm là chạy, tonearm nhôm và đã cân chỉnh sẵn từ nhà máy', s: { cartridge: 'Ortofon OM 5E', outputs: 'RCA (cần phono preamp)' } },
    { b: 'pro-ject', m: 'X1 B', p: 29_990_000, c: ['Đen', 'Gỗ óc chó'], h: 'ngõ ra cân bằng, tonearm carbon-nhôm và đĩa mâm acrylic chống cộng hưởng', s: { speeds: '33⅓ / 45 / 78 vòng/phút', cartridge: 'Pro-Ject Pick it PRO Balanced', outputs: 'RCA, mini XLR cân bằng (cần phono preamp)' } },
    { b: 'pro-ject', m: 'Primary E', p: 5_490_000, c: ['Đen', 'Đỏ', 'Trắng'], h: 'thiết kế tối giản của nước Áo dành cho người mới bước vào thế giới vinyl', s: { cartridge: 'Ortofon OM 5E', outputs: 'RCA (cần phono preamp)' } },
    { b: 'denon', m: 'DP-300F', p: 9_490_000, c: ['Đen', 'Bạc'], h: 'vận hành tự động hoàn toàn, đế chống rung và phono EQ tích hợp', s: { cartridge: 'Denon DSN-85' } },
    { b: 'denon', m: 'DP-400', p: 13_990_000, c: ['Đen', 'Trắng'], h: 'tonearm hình chữ S, tự nhấc cần khi hết đĩa và phong cách hiện đại', s: { speeds: '33⅓ / 45 / 78 vòng/phút', cartridge: 'Denon DSN-85' } },
    { b: 'denon', m: 'DP-29F', p: 4_490_000, c: ['Đen', 'Bạc'], h: 'vận hành tự động và phono EQ tích hợp, lựa chọn tiết kiệm cho người mới chơi', s: { cartridge: 'Denon DSN-82' } },
    { b: 'sony', m: 'PS-LX310BT', p: 5_490_000, c: ['Đen'], h: 'Bluetooth kết nối loa không dây, vận hành tự động một chạm và 3 mức gain', s: { connectivity: 'Bluetooth + Có dây', cartridge: 'Kim MM đi kèm' } },
    { b: 'yamaha', m: 'TT-S303', p: 9_490_000, c: ['Đen', 'Trắng'], h: 'đĩa mâm nhôm đúc, phono EQ tích hợp và thiết kế chống rung', s: { cartridge: 'Kim MM đi kèm' } },
    { b: 'yamaha', m: 'MusicCast Vinyl 500', p: 21_990_000, c: ['Đen', 'Trắng'], h: 'phát đĩa than không dây qua mạng MusicCast tới các loa trong nhà', s: { connectivity: 'Wi-Fi + Bluetooth', cartridge: 'Kim MM đi kèm' } },
    { b: 'cambridge-audio', m: 'Alva TT V2', p: 42_990_000, c: ['Đen'], h: 'truyền động trực tiếp, kim MC cao cấp và Bluetooth aptX HD', s: { connectivity: 'Bluetooth + Có dây', drive: 'Truyền động trực tiếp', cartridge: 'Alva MC (cuộn dây động)' } },
    { b: 'marantz', m: 'TT-15S1', p: 39_990_000, c: ['Trong suốt'], h: 'đế acrylic trong suốt, tonearm Clearaudio và kim Virtuoso cao cấp', s: { cartridge: 'Clearaudio Virtuoso', outputs: 'RCA (cần phono preamp)' } },
  ],

  'kim-doc-cartridge': [
    { b: 'audio-technica', m: 'AT-VM95E', p: 1_990_000, h: 'đầu kim elliptical cân bằng giữa độ chi tiết và độ bền, dễ nâng cấp đầu kim sau này', s: { outputs: 'Điện áp ra 4 mV', frequencyResponse: '20 Hz – 22 kHz' } },
    { b: 'audio-technica', m: 'AT-VM95ML', p: 4_990_000, h: 'đầu kim MicroLinear bám rãnh sâu, tái hiện dải cao mượt và chi tiết', s: { outputs: 'Điện áp ra 4 mV', frequencyResponse: '20 Hz – 25 kHz' } },
    { b: 'audio-technica', m: 'VM520EB', p: 5_490_000, h: 'thiết kế Dual Moving Magnet cho hai kênh trái, phải tách bạch', s: { outputs: 'Điện áp ra 4 mV', frequencyResponse: '20 Hz – 25 kHz' } },
    { b: 'audio-technica', m: 'VM540ML', p: 8_990_000, h: 'đầu kim MicroLinear và cần kim nhôm cho âm thanh chi tiết trên dàn tầm trung cao', s: { outputs: 'Điện áp ra 4 mV', frequencyResponse: '20 Hz – 27 kHz' } },
    { b: 'audio-technica', m: 'AT33PTG/II', p: 14_990_000, h: 'cuộn dây PCOCC và âm thanh tinh tế dành cho audiophile', s: { cartridge: 'MC', outputs: 'Điện áp ra 0,3 mV', frequencyResponse: '15 Hz – 50 kHz' } },
    { b: 'ortofon', m: '2M Red', p: 2_790_000, h: 'đầu kim elliptical phổ biến nhất thế giới, âm thanh sống động và dễ lắp đặt', s: { outputs: 'Điện áp ra 5,5 mV', frequencyResponse: '20 Hz – 22 kHz' } },
    { b: 'ortofon', m: '2M Blue', p: 6_490_000, h: 'đầu kim nude elliptical, nâng cấp trực tiếp từ 2M Red chỉ bằng cách thay đầu kim', s: { outputs: 'Điện áp ra 5,5 mV', frequencyResponse: '20 Hz – 25 kHz' } },
    { b: 'ortofon', m: '2M Bronze', p: 12_490_000, h: 'đầu kim Fine Line cho độ phân giải cao và âm trường rộng', s: { outputs: 'Điện áp ra 5,5 mV', frequencyResponse: '20 Hz – 29 kHz' } },
    { b: 'ortofon', m: '2M Black', p: 19_990_000, h: 'đầu kim Shibata cao cấp nhất dòng 2M, chi tiết và đầm chắc', s: { outputs: 'Điện áp ra 5 mV', frequencyResponse: '20 Hz – 31 kHz' } },
    { b: 'ortofon', m: 'OM 10', p: 2_290_000, h: 'đầu kim elliptical với ngàm OM tiện lợi, hợp DJ lẫn nghe nhạc gia đình', s: { outputs: 'Điện áp ra 4 mV', frequencyResponse: '20 Hz – 25 kHz' } },
    { b: 'ortofon', m: 'Quintet Red', p: 11_490_000, h: 'âm thanh mạch lạc, giàu năng lượng của dòng MC nhập môn Ortofon', s: { cartridge: 'MC', outputs: 'Điện áp ra 0,5 mV', frequencyResponse: '20 Hz – 25 kHz' } },
    { b: 'denon', m: 'DL-103', p: 6_990_000, h: 'thiết kế huyền thoại từ năm 1964, từng là chuẩn của đài phát thanh NHK Nhật Bản', s: { cartridge: 'MC', outputs: 'Điện áp ra 0,3 mV', frequencyResponse: '20 Hz – 45 kHz' } },
    { b: 'denon', m: 'DL-110', p: 5_490_000, h: 'điện áp ra cao nên dùng được với ngõ phono MM thông thường', s: { cartridge: 'MC', outputs: 'Điện áp ra 1,6 mV', frequencyResponse: '10 Hz – 45 kHz' } },
    { b: 'pro-ject', m: 'Pick it 25A', p: 3_290_000, h: 'thiết kế do Ortofon sản xuất riêng cho Pro-Ject, cân chỉnh sẵn trên tonearm Pro-Ject', s: { outputs: 'Điện áp ra 5,5 mV', frequencyResponse: '20 Hz – 22 kHz' } },
    { b: 'pro-ject', m: 'Pick it PRO', p: 4_490_000, h: 'thân nhôm và đầu kim elliptical, lựa chọn nâng cấp phổ biến cho dòng Debut', s: { outputs: 'Điện áp ra 5,5 mV', frequencyResponse: '20 Hz – 25 kHz' } },
  ],

  'micro-thu-am': [
    { b: 'rode', m: 'NT1 5th Gen', p: 6_490_000, c: ['Đen', 'Bạc'], f: true, h: 'cổng XLR lẫn USB-C ghi âm 32-bit float và độ ồn tự thân cực thấp chỉ 4 dBA', s: { connectivity: 'USB + XLR', sampleRate: '32-bit float / 192 kHz' } },
    { b: 'rode', m: 'PodMic USB', p: 4_990_000, h: 'xử lý DSP APHEX tích hợp, cắm USB là dùng cho podcast', s: { micType: 'Dynamic', connectivity: 'USB + XLR', frequencyResponse: '20 Hz – 20 kHz' } },
    { b: 'rode', m: 'NT-USB+', p: 4_490_000, h: 'chất lượng phòng thu qua cổng USB với preamp Revolution và xử lý APHEX', s: { connectivity: 'USB', sampleRate: '24-bit / 48 kHz' } },
    { b: 'rode', m: 'Procaster', p: 3_990_000, h: 'thiết kế chuyên cho giọng nói phát thanh và khả năng loại tiếng ồn phòng tốt', s: { micType: 'Dynamic', frequencyResponse: '75 Hz – 18 kHz' } },
    { b: 'rode', m: 'NT-USB Mini', p: 2_490_000, h: 'thân nhỏ gọn với đế nam châm, phù hợp học online và livestream', s: { connectivity: 'USB', sampleRate: '24-bit / 48 kHz' } },
    { b: 'shure', m: 'SM7B', p: 10_490_000, h: 'chất giọng ấm và dày, được các podcaster và đài phát thanh hàng đầu tin dùng', s: { micType: 'Dynamic', frequencyResponse: '50 Hz – 20 kHz' } },
    { b: 'shure', m: 'MV7+', p: 6_990_000, c: ['Đen', 'Trắng'], h: 'cổng USB-C và XLR, Real-time Denoiser cùng dải LED cảm ứng tùy biến', s: { micType: 'Dynamic', connectivity: 'USB + XLR', frequencyResponse: '50 Hz – 16 kHz' } },
    { b: 'shure', m: 'MV6', p: 3_490_000, h: 'thân nhỏ gọn cho game thủ và người làm nội dung, tự động điều chỉnh gain', s: { micType: 'Dynamic', connectivity: 'USB', frequencyResponse: '50 Hz – 16 kHz' } },
    { b: 'audio-technica', m: 'AT2020', p: 2_690_000, h: 'thiết kế condenser nhập môn phổ biến nhất cho phòng thu tại gia' },
    { b: 'audio-technica', m: 'AT2020USB-X', p: 3_490_000, h: 'cổng USB-C, jack giám sát tai nghe và nút tắt tiếng cảm ứng', s: { connectivity: 'USB', sampleRate: '24-bit / 96 kHz' } },
    { b: 'audio-technica', m: 'AT2035', p: 3_990_000, h: 'màng thu lớn, bộ lọc cắt trầm và pad -10 dB cho giọng hát ấm áp' },
    { b: 'akg', m: 'C214', p: 10_990_000, h: 'màng thu lớn kế thừa C414, xử lý tốt cả giọng hát lẫn nhạc cụ âm lượng lớn' },
    { b: 'akg', m: 'P120', p: 2_390_000, h: 'chất lượng tốt trong tầm giá cho home studio và podcast' },
    { b: 'sennheiser', m: 'MK 4', p: 6_990_000, h: 'màng thu 1 inch mạ vàng 24K cho âm thanh trong trẻo khi thu giọng và guitar mộc' },
    { b: 'sennheiser', m: 'Profile USB', p: 3_990_000, h: 'núm gain, bộ trộn âm và cổng tai nghe dành cho streamer', s: { connectivity: 'USB', sampleRate: '24-bit / 48 kHz' } },
    { b: 'beyerdynamic', m: 'Fox', p: 3_490_000, h: 'thu âm 24-bit/96 kHz qua USB và bộ lọc pop tích hợp', s: { connectivity: 'USB', sampleRate: '24-bit / 96 kHz' } },
    { b: 'beyerdynamic', m: 'M 70 PRO X', p: 5_990_000, h: 'thiết kế dynamic thu đầu, ít nhạy với tiếng ồn phòng, hợp podcast và phát thanh', s: { micType: 'Dynamic', frequencyResponse: '30 Hz – 17 kHz' } },
    { b: 'yamaha', m: 'YCM01', p: 3_490_000, c: ['Đen', 'Trắng'], h: 'thiết kế tối giản, cổng giám sát tai nghe và độ trễ thấp', s: { connectivity: 'USB', sampleRate: '24-bit / 96 kHz' } },
  ],

  'micro-karaoke': [
    { b: 'shure', m: 'SM58', p: 2_890_000, t: 'Micro karaoke', h: 'độ bền huyền thoại, chống hú tốt và tiếng hát ấm cho karaoke gia đình', s: { connectivity: 'XLR' } },
    { b: 'shure', m: 'Beta 58A', p: 4_590_000, t: 'Micro karaoke', h: 'hướng thu siêu cardioid chống hú tốt và âm sáng rõ hơn SM58', s: { connectivity: 'XLR', polarPattern: 'Siêu cardioid', frequencyResponse: '50 Hz – 16 kHz' } },
    { b: 'shure', m: 'BLX24/SM58', p: 12_990_000, h: 'đầu micro SM58 huyền thoại trong bộ không dây UHF dễ cài đặt', s: { battery: '14 giờ' } },
    { b: 'shure', m: 'SLXD24/SM58', p: 24_990_000, h: 'truyền dẫn kỹ thuật số 24-bit, tự động quét tần số và âm thanh trong trẻo', s: { connectivity: 'Không dây kỹ thuật số', battery: '8 giờ' } },
    { b: 'sennheiser', m: 'e 835', p: 2_790_000, t: 'Micro karaoke', h: 'âm thanh ấm, rõ lời và vỏ kim loại bền chắc cho sân khấu lẫn phòng hát', s: { connectivity: 'XLR', frequencyResponse: '40 Hz – 16 kHz' } },
    { b: 'sennheiser', m: 'e 945', p: 4_790_000, t: 'Micro karaoke', h: 'hướng thu siêu cardioid, giọng hát chi tiết và chống hú hiệu quả trên sân khấu', s: { connectivity: 'XLR', polarPattern: 'Siêu cardioid', frequencyResponse: '40 Hz – 18 kHz' } },
    { b: 'sennheiser', m: 'XSW 1-835', p: 11_990_000, h: 'củ micro e 835 trong bộ không dây UHF cài đặt chỉ trong vài phút', s: { battery: '10 giờ', frequencyResponse: '80 Hz – 18 kHz' } },
    { b: 'sennheiser', m: 'EW-D 835-S Set', p: 29_990_000, h: 'hệ thống Evolution Wireless Digital độ trễ thấp, quản lý tần số qua ứng dụng', s: { connectivity: 'Không dây kỹ thuật số', battery: '12 giờ', frequencyResponse: '50 Hz – 20 kHz' } },
    { b: 'akg', m: 'WMS40 Mini Vocal Set', p: 3_490_000, h: 'bộ không dây giá tốt với pin tới 30 giờ cho karaoke gia đình', s: { battery: '30 giờ', frequencyResponse: '40 Hz – 20 kHz' } },
    { b: 'akg', m: 'D5', p: 1_690_000, t: 'Micro karaoke', h: 'thiết kế dynamic giá tốt, chống hú và tiếng hát sáng rõ', s: { connectivity: 'XLR', polarPattern: 'Siêu cardioid', frequencyResponse: '70 Hz – 20 kHz' } },
    { b: 'akg', m: 'DMS100', p: 11_490_000, h: 'truyền dẫn kỹ thuật số 2.4 GHz không cần cấp phép tần số', s: { connectivity: 'Không dây kỹ thuật số', battery: '6 giờ' } },
    { b: 'jbl', m: 'VM300', p: 5_490_000, h: 'bộ 2 micro không dây UHF hút âm tốt, dễ hát cho dàn karaoke gia đình', s: { battery: '8 giờ' } },
    { b: 'jbl', m: 'PartyBox Wireless Mic', p: 2_990_000, h: 'bộ 2 micro kỹ thuật số kết nối thẳng với loa PartyBox, kèm hiệu ứng echo', s: { connectivity: 'Không dây kỹ thuật số', battery: '6 giờ' } },
    { b: 'audio-technica', m: 'ATW-1102', p: 10_990_000, h: 'hệ thống System 10 kỹ thuật số 2.4 GHz, thiết lập đơn giản và tín hiệu ổn định', s: { connectivity: 'Không dây kỹ thuật số', battery: '7 giờ', frequencyResponse: '20 Hz – 20 kHz' } },
    { b: 'audio-technica', m: 'ATM510', p: 2_190_000, t: 'Micro karaoke', h: 'tiếng hát rõ, ít hú cho karaoke và biểu diễn', s: { connectivity: 'XLR', frequencyResponse: '40 Hz – 15 kHz' } },
    { b: 'beyerdynamic', m: 'TG V70', p: 3_990_000, t: 'Micro karaoke', h: 'hướng thu hẹp, âm thanh tự nhiên và chống hú tốt', s: { connectivity: 'XLR', polarPattern: 'Siêu cardioid', frequencyResponse: '40 Hz – 18 kHz' } },
  ],

  'day-cap-am-thanh': [
    { b: 'audioquest', m: 'Evergreen', t: 'Dây tín hiệu RCA', p: 690_000, o: ['Chiều dài', [['1 m', 690_000], ['2 m', 990_000]]], h: 'lõi đồng Long-Grain Copper và đầu cắm mạ vàng cho âm thanh sạch, ấm', s: { inputs: 'RCA', outputs: 'RCA' } },
    { b: 'audioquest', m: 'Golden Gate', t: 'Dây tín hiệu RCA', p: 1_190_000, o: ['Chiều dài', [['1 m', 1_190_000], ['1.5 m', 1_390_000], ['2 m', 1_590_000]]], h: 'lõi đồng Perfect-Surface Copper và hệ thống giảm nhiễu, nâng cấp rõ rệt cho dàn hi-fi', s: { inputs: 'RCA', outputs: 'RCA' } },
    { b: 'audioquest', m: 'Cinnamon', t: 'Cáp USB', p: 1_290_000, o: ['Chiều dài', [['0.75 m', 1_290_000], ['1.5 m', 1_790_000]]], h: 'dây dẫn mạ bạc 1,25% truyền dữ liệu ổn định cho DAC USB', s: { connectivity: 'USB', inputs: 'USB-A', outputs: 'USB-B' } },
    { b: 'audioquest', m: 'Forest 48', t: 'Cáp HDMI', p: 990_000, o: ['Chiều dài', [['1 m', 990_000], ['2 m', 1_390_000]]], h: 'chuẩn HDMI 2.1 48 Gbps hỗ trợ 8K, 4K 120 Hz và eARC', s: { connectivity: 'HDMI', inputs: 'HDMI', outputs: 'HDMI' } },
    { b: 'audioquest', m: 'Rocket 11', t: 'Dây loa', p: 1_690_000, o: ['Chiều dài', [['2 m', 1_690_000], ['3 m', 1_990_000]]], h: 'lõi Long-Grain Copper và đầu bắp chuối mạ vàng, bán theo cặp', s: { connectivity: 'Dây loa', inputs: 'Bắp chuối', outputs: 'Bắp chuối' } },
    { b: 'audioquest', m: 'Type 4', t: 'Dây loa', p: 790_000, o: ['Chiều dài', [['2 m', 790_000], ['3 m', 990_000]]], h: 'lõi đồng đặc phù hợp dàn nghe nhạc gia đình, bán theo cặp', s: { connectivity: 'Dây loa', inputs: 'Bắp chuối', outputs: 'Bắp chuối' } },
    { b: 'audioquest', m: 'Tower', t: 'Dây AUX 3.5 mm', p: 450_000, o: ['Chiều dài', [['1 m', 450_000], ['2 m', 590_000]]], h: 'lõi đồng Long-Grain nối điện thoại, máy tính với loa và ampli', s: { connectivity: 'Cáp 3.5 mm', inputs: 'Jack 3.5 mm', outputs: 'Jack 3.5 mm' } },
    { b: 'audioquest', m: 'Pearl Optilink', t: 'Cáp quang', p: 490_000, o: ['Chiều dài', [['1 m', 490_000], ['2 m', 690_000]]], h: 'sợi quang độ tinh khiết cao truyền tín hiệu số từ TV sang soundbar, DAC', s: { connectivity: 'Quang học', inputs: 'Toslink', outputs: 'Toslink' } },
    { b: 'pro-ject', m: 'Connect it E', t: 'Dây tín hiệu RCA', p: 590_000, o: ['Chiều dài', [['0.6 m', 590_000], ['1.23 m', 790_000]]], h: 'thiết kế bán cân bằng kèm dây tiếp đất, dành cho mâm đĩa than và phono preamp', s: { inputs: 'RCA', outputs: 'RCA' } },
    { b: 'rode', m: 'XLR3', t: 'Dây tín hiệu XLR', p: 490_000, h: 'chiều dài 3 m, đầu cắm chắc chắn cho micro phòng thu', s: { connectivity: 'XLR', inputs: 'XLR cái', outputs: 'XLR đực' } },
    { b: 'rode', m: 'SC19', t: 'Cáp USB', p: 590_000, h: 'cáp USB-C sang USB-C dài 1,5 m dành cho micro Rode và thiết bị di động', s: { connectivity: 'USB', inputs: 'USB-C', outputs: 'USB-C' } },
    { b: 'rode', m: 'SC7', t: 'Dây AUX 3.5 mm', p: 290_000, h: 'cáp 3.5 mm TRS sang TRRS nối micro với điện thoại', s: { connectivity: 'Cáp 3.5 mm', inputs: 'Jack 3.5 mm TRS', outputs: 'Jack 3.5 mm TRRS' } },
    { b: 'fiio', m: 'LC-RE', t: 'Dây tai nghe', p: 1_890_000, h: 'đầu MMCX và đầu cắm thay nhanh 3.5 mm, 4.4 mm, 2.5 mm', s: { connectivity: 'Cáp tai nghe', inputs: 'MMCX', outputs: 'Jack 3.5 mm / 4.4 mm / 2.5 mm' } },
    { b: 'fiio', m: 'LT-TC1', t: 'Cáp USB', p: 190_000, h: 'cáp OTG USB-C sang USB-C ngắn gọn nối DAC di động với điện thoại', s: { connectivity: 'USB', inputs: 'USB-C', outputs: 'USB-C' } },
  ],
};

// ---------------------------------------------------------------------------------------------
// Building products from rows
// ---------------------------------------------------------------------------------------------

// biome-ignore format: hand-aligned data table, one entry per line or block
const BRAND_SKU: Record<string, string> = {
  'audio-technica': 'AT', 'bowers-wilkins': 'BW', 'harman-kardon': 'HK', 'cambridge-audio': 'CA',
  'beyerdynamic': 'BEYER', 'sennheiser': 'SENN', 'audioquest': 'AQ', 'pro-ject': 'PROJECT',
};

function findBrand(slug: string): SeedBrand {
  const brand = demoBrands.find((b) => b.slug === slug);
  if (!brand) throw new Error(`demo-data: unknown brand '${slug}'`);
  return brand;
}

/** 'Bluetooth + Có dây' -> 'Bluetooth + có dây' so values read naturally mid-sentence. */
function inSentence(value: string): string {
  return value.replace(
    /(^|\s)(Có|Không|Jack|Dây|Cáp|Quang|Bắp|Điện)/g,
    (_m, space: string, word: string) => space + word.toLowerCase(),
  );
}

function specPhrase(key: SpecKey, value: string): string {
  switch (key) {
    case 'drive':
      return value === 'Dây curoa' ? 'truyền động bằng dây curoa' : 'truyền động trực tiếp';
    case 'cartridge':
      if (value === 'MM') return 'kiểu nam châm động (MM)';
      if (value === 'MC') return 'kiểu cuộn dây động (MC)';
      return `kim ${value}`;
    case 'micType':
      return `kiểu ${value.toLowerCase()}`;
    case 'polarPattern':
      return `hướng thu ${value.toLowerCase()}`;
    case 'channels':
      return `cấu hình ${value} kênh`;
    case 'driver':
      return `driver ${value}`;
    case 'outputs':
      return value.startsWith('Điện áp') ? inSentence(value) : `ngõ ra ${value}`;
    default:
      return `${SPEC_LABELS[key]} ${inSentence(value)}`;
  }
}

function joinVi(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** Lower-cases the first letter of a name used mid-sentence ('loa bluetooth…' but not 'DAC/AMP…'). */
function midSentence(name: string): string {
  const second = name.charAt(1);
  return second !== second.toLowerCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Cables only have connectors worth describing. */
function cableParagraph(shortName: string, specs: Specs): string {
  const a = inSentence(specs.inputs ?? '');
  const b = inSentence(specs.outputs ?? '');
  const ends = a === b ? `đầu cắm ${a} ở cả hai phía` : `đầu ${a} sang ${b}`;
  return `${shortName} có ${ends}, vỏ bọc bền chắc và lõi dẫn được xử lý kỹ để giảm nhiễu, giữ tín hiệu ổn định.`;
}

function specParagraph(shortName: string, specs: Specs, rng: Rng): string {
  if (specs.inputs && specs.outputs && Object.keys(specs).length <= 4) return cableParagraph(shortName, specs);
  // 'kết nối Bluetooth, Bluetooth 5.3' would say the same thing twice.
  const redundant = (key: SpecKey, value: string) =>
    key === 'connectivity' && value === 'Bluetooth' && !!specs.bluetooth;
  const phrases = (Object.entries(specs) as [SpecKey, string][])
    .filter(([key, value]) => !SENTENCE_SKIP.has(key) && !redundant(key, value))
    .filter(([, value]) => !value.startsWith('Không') && !value.includes(', '))
    .slice(0, 4)
    .map(([key, value]) => specPhrase(key, value));
  const list = joinVi(phrases);
  const openers = [
    `Về thông số, ${shortName} có ${list}.`,
    `Thông số đáng chú ý của ${shortName} gồm ${list}.`,
    `${shortName} sở hữu ${list}.`,
  ];
  let text = phrases.length > 0 ? pick(rng, openers) : `${shortName} được hoàn thiện tỉ mỉ với vật liệu bền bỉ.`;
  if (specs.codec) text += ` Thiết bị hỗ trợ các codec ${specs.codec}.`;
  if (specs.inputs?.includes(', ')) text += ` Cổng kết nối gồm ${specs.inputs}.`;
  if (specs.weight) text += ` Trọng lượng khoảng ${specs.weight}.`;
  return text;
}

function imagesFor(name: string, base: string, colours: string[]): SeedProduct['images'] {
  const images: SeedProduct['images'] = [];
  for (const colour of colours) {
    const suffix = COLOUR_IMAGE_SUFFIX[colour];
    const file = suffix && IMAGE_FILES.has(`${base}-${suffix}`) ? `${base}-${suffix}` : base;
    if (images.length < 3 && !images.some((i) => i.src === img(file))) {
      images.push({ src: img(file), alt: `${name} màu ${colour.toLowerCase()}` });
    }
  }
  if (images.length === 0) images.push({ src: img(base), alt: `Ảnh sản phẩm ${name}` });
  return images;
}

function buildVariants(row: Row, brandSlug: string, rng: Rng, outOfStock: boolean): SeedVariant[] {
  const skuBase = `${BRAND_SKU[brandSlug] ?? skuPart(brandSlug)}-${skuPart(row.m)}`;
  const colourCode = (c: string) => COLOUR_CODES[c] ?? skuPart(c);
  let drafts: { options: Record<string, string>; price: number; suffix: string }[];
  if (row.o && row.o[1].length > 1) {
    const [optionName, values] = row.o;
    drafts = values.map(([value, price]) => ({ options: { [optionName]: value }, price, suffix: skuPart(value) }));
  } else if (row.c && row.c.length > 1) {
    drafts = row.c.map((c) => ({ options: { 'Màu sắc': c }, price: row.p, suffix: colourCode(c) }));
  } else {
    const only = row.c?.[0];
    drafts = [{ options: {}, price: row.o?.[1][0]?.[1] ?? row.p, suffix: only ? colourCode(only) : '' }];
  }

  // About 30% of products are on sale; a sale applies to every variant of the product.
  const discount = rng() < 0.28 ? 1.08 + rng() * 0.17 : 0;
  const stockCap = row.p < 2_000_000 ? 80 : row.p < 10_000_000 ? 40 : 12;
  const soldOutIndex = !outOfStock && drafts.length > 1 && rng() < 0.3 ? intBetween(rng, 0, drafts.length - 1) : -1;

  return drafts.map((d, i) => ({
    sku: d.suffix ? `${skuBase}-${d.suffix}` : skuBase,
    options: d.options,
    price: d.price,
    compareAtPrice: discount > 0 ? Math.ceil((d.price * discount) / 10_000) * 10_000 : null,
    stock: outOfStock || i === soldOutIndex ? 0 : intBetween(rng, 1, stockCap),
  }));
}

function buildProduct(categorySlug: string, kind: Kind, row: Row): SeedProduct {
  const brand = findBrand(row.b);
  const name = `${row.t ?? kind.typeWord} ${brand.name} ${row.m}`;
  const slug = slugify(name);
  const rng = mulberry32(hashString(slug));
  const specs: Specs = { ...kind.defaults, ...kind.extra?.(row, rng), ...row.s };
  const featured = row.f === true;
  const outOfStock = !featured && rng() < 0.09;

  const intro = pick(rng, [
    `${name} là ${kind.noun} đến từ ${brand.name} (${brand.country}), nổi bật với ${row.h}.`,
    `Được ${brand.name} phát triển dành cho ${kind.audience}, ${midSentence(name)} mang đến ${row.h}.`,
    `Nếu bạn đang tìm ${kind.noun} đáng tiền, ${midSentence(name)} là lựa chọn nên cân nhắc nhờ ${row.h}.`,
  ]);
  const paragraphs = [
    kind.note ? `${intro} ${kind.note}` : intro,
    specParagraph(`${brand.name} ${row.m}`, specs, rng),
    pick(rng, kind.uses),
  ];
  if (rng() < 0.65) paragraphs.push(pick(rng, CLOSINGS)(brand, specs.warranty ?? '12 tháng'));

  const shortDescription = `${name} ${pick(rng, ['với', 'nổi bật với', 'sở hữu'])} ${row.h}.`;
  const withSeo = featured || rng() < 0.15;
  const soldBase = row.p < 2_000_000 ? 1500 : row.p < 5_000_000 ? 700 : row.p < 15_000_000 ? 250 : 60;

  return {
    slug,
    name,
    brandSlug: brand.slug,
    categorySlug,
    shortDescription,
    description: paragraphs.join('\n\n'),
    specs,
    variants: buildVariants(row, brand.slug, rng, outOfStock),
    images: imagesFor(name, row.img ?? kind.image, row.c ?? []),
    featured,
    soldCount: Math.floor(rng() ** 1.5 * soldBase) + (featured ? soldBase / 2 : 0),
    createdDaysAgo: intBetween(rng, 0, 365),
    seoTitle: withSeo ? `${name} chính hãng, giá tốt` : null,
    seoDescription: withSeo ? truncate(`${name} chính hãng tại Audio Tài Lộc: ${row.h}.`, 160) : null,
  };
}

/** The full demo catalog; deterministic, so the seed can be re-run safely. */
export function buildDemoProducts(): SeedProduct[] {
  const products: SeedProduct[] = [];
  for (const [categorySlug, rows] of Object.entries(ROWS)) {
    const kind = KINDS[categorySlug];
    if (!kind) throw new Error(`demo-data: no wording for category '${categorySlug}'`);
    for (const row of rows) products.push(buildProduct(categorySlug, kind, row));
  }
  return products;
}
