/**
 * Word lists for generated catalogue names: the kinds of things the Kasongan workshops make,
 * so that trigram search hits realistic fragments (`nyatu`, `rotan`, `enggang`) with
 * realistic selectivity rather than random letters.
 */

export interface CraftKind {
  /** SKU prefix. */
  code: string
  name: string
  unit: 'pcs' | 'set' | 'pasang' | 'lembar'
  /** Typical price range in Rupiah. */
  price: [number, number]
  category: string
}

export const craftKinds: readonly CraftKind[] = [
  {
    code: 'GK',
    name: 'Gantungan Kunci',
    unit: 'pcs',
    price: [10_000, 35_000],
    category: 'Suvenir',
  },
  { code: 'MG', name: 'Magnet Kulkas', unit: 'pcs', price: [10_000, 25_000], category: 'Suvenir' },
  { code: 'PK', name: 'Patung Kayu', unit: 'pcs', price: [75_000, 1_500_000], category: 'Ukiran' },
  { code: 'MD', name: 'Mandau Hias', unit: 'pcs', price: [150_000, 1_200_000], category: 'Ukiran' },
  { code: 'TL', name: 'Talawang Mini', unit: 'pcs', price: [50_000, 400_000], category: 'Ukiran' },
  {
    code: 'RB',
    name: 'Miniatur Rumah Betang',
    unit: 'pcs',
    price: [150_000, 900_000],
    category: 'Miniatur',
  },
  {
    code: 'KL',
    name: 'Miniatur Kelotok',
    unit: 'pcs',
    price: [100_000, 600_000],
    category: 'Miniatur',
  },
  { code: 'TA', name: 'Tas Anyaman', unit: 'pcs', price: [60_000, 350_000], category: 'Anyaman' },
  {
    code: 'TP',
    name: 'Tikar Purun',
    unit: 'lembar',
    price: [80_000, 450_000],
    category: 'Anyaman',
  },
  { code: 'TR', name: 'Topi Rotan', unit: 'pcs', price: [40_000, 150_000], category: 'Anyaman' },
  { code: 'BK', name: 'Bakul', unit: 'pcs', price: [35_000, 180_000], category: 'Anyaman' },
  { code: 'KR', name: 'Keranjang', unit: 'pcs', price: [45_000, 250_000], category: 'Anyaman' },
  { code: 'KB', name: 'Kain Batik', unit: 'lembar', price: [150_000, 850_000], category: 'Batik' },
  {
    code: 'SB',
    name: 'Selendang Batik',
    unit: 'lembar',
    price: [90_000, 400_000],
    category: 'Batik',
  },
  { code: 'KM', name: 'Kemeja Batik', unit: 'pcs', price: [175_000, 550_000], category: 'Batik' },
  { code: 'GM', name: 'Gelang Manik', unit: 'pcs', price: [15_000, 75_000], category: 'Perhiasan' },
  {
    code: 'KN',
    name: 'Kalung Manik',
    unit: 'pcs',
    price: [25_000, 150_000],
    category: 'Perhiasan',
  },
  { code: 'AT', name: 'Anting', unit: 'pasang', price: [15_000, 60_000], category: 'Perhiasan' },
  { code: 'VS', name: 'Vas Bunga', unit: 'pcs', price: [50_000, 300_000], category: 'Dekorasi' },
  { code: 'BF', name: 'Bingkai Foto', unit: 'pcs', price: [35_000, 175_000], category: 'Dekorasi' },
  { code: 'LH', name: 'Lampu Hias', unit: 'pcs', price: [120_000, 650_000], category: 'Dekorasi' },
  { code: 'LK', name: 'Lukisan', unit: 'pcs', price: [200_000, 2_500_000], category: 'Dekorasi' },
  { code: 'KT', name: 'Kotak Tisu', unit: 'pcs', price: [45_000, 160_000], category: 'Perabot' },
  { code: 'NS', name: 'Nampan Saji', unit: 'pcs', price: [60_000, 250_000], category: 'Perabot' },
  { code: 'AS', name: 'Asbak', unit: 'pcs', price: [20_000, 90_000], category: 'Perabot' },
  { code: 'TS', name: 'Tempat Pensil', unit: 'pcs', price: [20_000, 80_000], category: 'Perabot' },
  { code: 'DM', name: 'Dompet', unit: 'pcs', price: [30_000, 120_000], category: 'Aksesori' },
  { code: 'SD', name: 'Sandal', unit: 'pasang', price: [35_000, 120_000], category: 'Aksesori' },
  { code: 'CS', name: 'Set Cangkir', unit: 'set', price: [90_000, 350_000], category: 'Perabot' },
]

export const materials = [
  'Getah Nyatu',
  'Kayu Ulin',
  'Kayu Jati',
  'Kayu Meranti',
  'Akar Kayu',
  'Rotan',
  'Purun',
  'Bambu',
  'Pandan',
  'Manik-manik',
  'Benang Bintik',
  'Tempurung Kelapa',
  'Kulit Kayu',
  'Sisik Ikan',
]

export const motifs = [
  'Motif Dayak',
  'Burung Enggang',
  'Naga',
  'Pakis',
  'Batang Garing',
  'Tameng',
  'Anggrek Hitam',
  'Sulur Kalimantan',
  'Kamang',
  'Polos',
  'Orang Utan',
  'Ikan Arwana',
]

export const finishes = [
  'Natural',
  'Coklat Tua',
  'Hitam',
  'Merah',
  'Kuning',
  'Hijau Lumut',
  'Biru Laut',
  'Putih Gading',
]

export const sizes = ['Mini', 'Kecil', 'Sedang', 'Besar', 'Jumbo']

/** The inmates' workshops (bengkel kerja) that products are credited to. */
export const workshopNames = [
  'Bengkel Getah Nyatu',
  'Bengkel Ukir Kayu',
  'Bengkel Anyaman Rotan',
  'Bengkel Anyaman Purun',
  'Bengkel Batik Benang Bintik',
  'Bengkel Manik-manik',
  'Bengkel Lukis',
  'Bengkel Miniatur',
  'Bengkel Jahit',
]

export const cashierNames = ['Rina Wulandari', 'Agus Setiawan', 'Yohana Dewi']

/**
 * What cashiers type into the product search: fragments of kinds, materials and motifs,
 * SKU and barcode prefixes. Three to eight characters, so they take the trigram path.
 */
export const searchQueries = [
  'nyatu',
  'rotan',
  'ulin',
  'batik',
  'enggang',
  'kunci',
  'manik',
  'purun',
  'betang',
  'mandau',
  'gelang',
  'kalung',
  'arwana',
  'anggrek',
  'tas any',
  'patung',
  'lukis',
  'tikar',
  'kelotok',
  'talawang',
  'GK-0012',
  'PK-004',
  'KB-00',
  '8991',
  'tempur',
  'sedang',
  'hitam',
  'garing',
]

/** Two characters: below the trigram minimum, so these take the prefix path. */
export const shortQueries = ['ta', 'ka', 'ge', 'pa', 'ro', 'ma', 'GK', 'lu', 'ba', 'se']
