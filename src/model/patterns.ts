/**
 * Word lists and patterns that recognise page furniture in seed text: noise, captions, bylines and
 * datelines. Each list comes from the varieties described for real seeds; keep them lower-case.
 */
import { LowercaseSet } from './lowercaseSet';

/** Lines that are page noise when they are the whole line (compared lower-cased, trailing ':' removed). */
export const noiseLines = new Set([
	'advertisement', 'advertisment', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'promoted',
	'share', 'share this', 'share this article', 'share this story', 'share article', 'shares', 'share on',
	'leave a reply', 'leave a comment', 'comments', 'comment', 'post a comment', 'add comment',
	'related', 'related articles', 'related news', 'related stories', 'related posts', 'you may also like',
	'also read', 'read more', 'read also', 'must read', 'recommended', 'more from', 'more stories', 'latest news',
	'trending', 'trending now', 'top stories', 'latest', 'most read', 'most popular', 'popular',
	'home', 'news', 'menu', 'search', 'close', 'back', 'next', 'previous', 'prev', 'top', 'back to top',
	'subscribe', 'subscribe now', 'sign in', 'sign up', 'log in', 'login', 'logout', 'register',
	'skip to content', 'skip to main content', 'follow us', 'follow', 'print', 'email', 'copy link', 'link copied',
	'listen', 'listen to this article', 'audio', 'video', 'watch', 'watch video', 'photos', 'gallery',
	'tags', 'topics', 'newsletter', 'download app', 'get app', 'view comments', 'loading', 'loading...',
	'click here', 'see more', 'show more', 'continue reading', 'story continues below advertisement',
	'story continues below', 'scroll to continue', 'scroll to continue with content', 'accept', 'accept all',
	'image caption', 'media caption', 'getty images', "editor's picks", 'editors picks', 'most viewed', 'you might also like',
	'recommended for you', 'more on this story', 'around the web', 'sponsored content', 'privacy policy', 'terms of use',
	'terms and conditions', 'contact us', 'about us', 'cookie policy', 'cookie settings', 'all rights reserved', 'tweet', 'pin it',
	'published', 'updated', 'last updated', 'published on', 'updated on',
	'whatsapp', 'share via', 'share on facebook', 'share on twitter', 'share on x', 'share on whatsapp',
	// The same slots in the other languages seeds come in.
	'anzeige', 'werbung', 'teilen', 'kommentare', 'weiterlesen', 'mehr lesen', 'mehr zum thema',
	'publicité', 'partager', 'commentaires', 'lire la suite', 'lire aussi', 'à lire aussi', 'a lire aussi',
	'publicidad', 'compartir', 'comentarios', 'leer más', 'lee también', 'ver más',
	'pubblicità', 'condividi', 'commenti', 'leggi anche', 'leggi di più',
	'publicidade', 'compartilhar', 'comentários', 'leia também', 'leia mais',
	'advertentie', 'delen', 'reacties', 'lees ook', 'lees meer',
	'baca juga', 'iklan', 'यह भी पढ़ें', 'ये भी पढ़ें', 'विज्ञापन', 'اقرأ أيضا', 'اقرأ أيضًا', 'إعلان',
]);

/**
 * A news site's section names. One of these alone on the page's first line is the section the page was
 * filed under ("World", "Cinema"), not its title, whatever follows it.
 */
export const sectionLabels = new LowercaseSet([
	'world', 'politics', 'business', 'economy', 'markets', 'money', 'finance', 'sport', 'sports', 'cricket', 'football',
	'entertainment', 'cinema', 'movies', 'film', 'music', 'culture', 'arts', 'books', 'lifestyle', 'opinion', 'opinions',
	'editorial', 'analysis', 'technology', 'tech', 'science', 'health', 'environment', 'climate', 'weather', 'travel',
	'food', 'education', 'national', 'nation', 'international', 'local', 'city', 'cities', 'metro', 'crime', 'elections',
	'india', 'us', 'uk', 'europe', 'asia', 'africa', 'americas', 'australia', 'middle east', 'trending', 'explainers',
]);

/** Words of a share/social row ("Facebook Instagram Twitter Youtube"). */
export const socialWords = new Set([
	'facebook', 'instagram', 'twitter', 'youtube', 'linkedin', 'whatsapp', 'telegram', 'pinterest', 'reddit',
	'tiktok', 'snapchat', 'threads', 'koo', 'email', 'mail', 'print', 'share', 'copy', 'link', 'x', 'tumblr',
	'flipboard', 'messenger', 'sms', 'rss', 'google', 'news', 'on', 'us', 'follow', 'and', '|', '/', '·', '•',
]);

/** Line openings that mark page noise ("Follow us on", "Image Source : FILE", "Read: <headline>", "Related: <headline>"). */
export const noisePrefix = new RegExp(
	'^(?:follow us(?: on)?\\b|follow (?:live|our live|all the live|the latest|along)\\b|more (?:stories|news|articles|videos) from\\b|image source\\s*:|read\\s*[:|]|read also\\s*[:|-]|also read\\s*[:|-]|read more\\s*[:|-]|also see\\s*:|' +
	'see also\\s*:|related(?: stories| articles?| news)?\\s*[:|]|watch\\s*[:|]|listen\\s*:|click here\\b|subscribe to\\b|sign up for\\b|download the\\b|' +
	'leave a (?:reply|comment)\\b|your email address will not be published|required fields are marked|' +
	'join our\\b|get the latest\\b|copyright\\b|©|all rights reserved\\b|we use cookies\\b|' +
	'disclaimer\\s*:|tags\\s*:|topics\\s*:|first published\\s+on\\b.*\\bread more\\b|' +
	'also watch\\s*[:|-]|more\\s*:|filed under\\s*:?|posted in\\s*:|categories\\s*:|follow us on google news\\b|' +
	'join our whatsapp\\b|subscribe to our newsletter\\b|get our newsletter\\b|sign up to (?:our|the)\\b|' +
	'lesen sie (?:auch|mehr)\\b|auch interessant\\s*:|mehr zum thema\\s*:|lire aussi\\s*:|à lire aussi\\s*:|lee también\\s*:|' +
	'leer más\\s*:|leia também\\s*:|leia mais\\s*:|leggi anche\\s*:|lees ook\\s*:|baca juga\\s*:|' +
	'यह भी पढ़ें|ये भी पढ़ें|اقرأ أيضا)',
	'i',
);

/** Icon alt-text runs ("Calendar An icon of a desk calendar ..."). */
export const iconAltText = /\ban? icon (?:of|showing|depicting)\b/i;

/** Language menus: a line made only of language names. */
export const languageNames = new Set([
	'english', 'hindi', 'tamil', 'telugu', 'bengali', 'bangla', 'marathi', 'gujarati', 'kannada', 'malayalam',
	'punjabi', 'urdu', 'odia', 'assamese', 'español', 'espanol', 'spanish', 'français', 'francais', 'french',
	'deutsch', 'german', 'italiano', 'italian', 'português', 'portugues', 'portuguese', 'русский', 'russian',
	'العربية', 'arabic', 'עברית', 'hebrew', '中文', 'chinese', '日本語', 'japanese', '한국어', 'korean',
	'türkçe', 'turkish', 'polski', 'polish', 'nederlands', 'dutch', 'svenska', 'bahasa', 'indonesia',
	'हिन्दी', 'हिंदी', 'தமிழ்', 'తెలుగు', 'বাংলা', 'मराठी', 'ગુજરાતી', 'ಕನ್ನಡ', 'മലയാളം', 'ਪੰਜਾਬੀ', 'اردو', 'فارسی',
	'edition', 'language', 'select', 'choose', '|', '/', '·',
]);

/** Whole-line credits and captions: "(Photo: NASA)", "[... - Anadolu Agency]". */
export const bracketedLine = /^(?:\([^()]{2,300}\)|\[[^[\]]{2,300}\])$/;

/** A caption or credit ending a line: "(Nick Potts/PA)", "(Photo: NASA)", "- THE HINDU ARCHIVES". */
export const trailingCredit = new RegExp(
	'(?:\\((?:photo|image|picture|pic|credit|file|representational|courtesy|source|screenshot|screengrab|screen grab|tangkapan layar|foto|archivo|archiv)\\b[^()]*\\)|' +
	'\\([^()]{0,60}\\/[^()]{0,40}\\)|' +
	'\\((?:[^()]*\\b(?:getty images|reuters|afp|ap photo|pa wire|pti|ani|ians|epa|shutterstock|istock|x\\.com|twitter|instagram)\\b[^()]*)\\)|' +
	'(?:^|\\s)[-–—]\\s*[A-Z][A-Z0-9.&\'/ ]{3,60})$',
	'i',
);

/** The all-capitals tail of a credit must really be capitals (the trailingCredit pattern is case-insensitive). */
export const capitalsCreditTail = /\s?[-–—]\s*[A-Z][A-Z0-9.&'/ ]{3,60}$/;

/**
 * A photo credit ending a caption, in the languages seeds come in: "Foto: Stefanie Schlecht",
 * "| Photo Credit: PTI", "Image: Getty", "Crédit photo : AFP". The credit names someone, so it has no
 * sentence of its own after the colon.
 */
export const creditTail = /(?:^|[\s.|(,])(?:photo|photos|foto|fotos|fotó|photograph|image|images|picture|pic|bild|bilder|crédit(?: photo)?|crédits photo|photo credit|image credit|picture credit|credit|credits|imagen|immagine|imagem)\s*:\s*[^:.!?]{2,80}$/iu;
/** A copyright credit closing a caption: "© Jan Woitas/dpa", "©AFP", "© 2024 Reuters". */
export const copyrightTail = /^©\s*[\p{L}\d][^.!?]{1,70}$/u;

/** Characters after the last colon that a credit tail can have (room for the name and a closing bracket). */
export const maxCreditTail = 84;

/** A breadcrumb before the headline: "Home » News » Politics", "Home / World" ("HOME NEWS NASIONAL" in capitals). */
export const breadcrumb = /^(?:[Hh]ome|HOME)\s*[>»›/|:-]\s*\S|^HOME\s+[^a-z]+$/;

/** Lines that open as a caption label. */
export const captionPrefix = /^(?:photo|image|picture|pic|file photo|photograph|credit|photo credit|caption|representational image|courtesy)\s*[:|-]/i;

/** A newsroom signing a story on its own line: "The Hindu Bureau", "Express News Service", "Web Desk". */
export const newsroomSignature = /^(?:(?:the\s+)?\p{L}[\p{L}.&' -]{0,40}\s)?(?:bureau|news service|news desk|web desk|digital desk|online desk|news network|staff reporter|staff writer|staff correspondent|special correspondent)$/iu;

/** News agencies credited alone on a line at a story's end or start: "AFP", "Reuters", "Europa Press". */
export const agencyNames = new Set([
	'afp', 'ap', 'reuters', 'pti', 'ani', 'ians', 'uni', 'dpa', 'anp', 'efe', 'ansa', 'xinhua', 'upi', 'bloomberg', 'europa press',
	'agencies', 'agency', 'news agencies', 'with agency inputs', 'with inputs from agencies', 'belga', 'apa', 'tass', 'kyodo', 'yonhap',
	'bernama', 'antara', 'wam', 'spa', 'mena', 'lusa', 'agência brasil', 'ap photo', 'afp photo', 'sda', 'ap/afp', 'afp/ap', 'associated press',
	'the associated press', 'press association', 'agence france-presse',
	// A newsroom signing for the story, in the languages seeds come in.
	'la rédaction', 'rédaction', 'redacción', 'la redacción', 'redazione', 'la redazione', 'redaktion', 'die redaktion',
	'redação', 'da redação', 'redactie', 'de redactie', 'staff', 'staff reports', 'news desk', 'web desk', 'digital desk',
]);

/** The attribution line of an embedded post: "— Rudy Galetti (@RudyGaletti) June 19, 2024". */
export const embeddedPostAttribution = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+.{0,40}\b(?:19|20)\d{2}$/u;

/** Arabic bylines: "كتب: ..." or "كتبت ..." (written by), "بقلم ..." (by the pen of). */
export const arabicByline = /^(?:كتب|كتبت|بقلم)\s*:?\s*\S/u;

export const bylinePattern = /^(?:by|written by|reported by|posted by|edited by|compiled by|story by|text by|words by|authored by|author|reporter|correspondent|par|por|von)\b\s*:?\s*\S/i;

const monthName = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
export const monthWord = new RegExp(`\\b${monthName}\\b`, 'i');
/**
 * Month names in the other languages seeds come in (German, French, Spanish, Italian, Portuguese, Dutch,
 * Indonesian, Turkish), lower-cased: "3. Mai 2024", "12 juin 2024", "06 Juni 2023".
 */
export const otherLanguageMonthNames: readonly string[] = [
	'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
	'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
	'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
	'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
	'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro',
	'januari', 'februari', 'maart', 'mei', 'augustus', 'maret', 'agustus', 'desember',
	'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
];

/** Weekdays and time words of those languages, which a dateline is made of as English ones are. */
export const otherLanguageDateTokens = [
	'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'uhr', 'um', 'am', 'stand',
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à', 'h',
	'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'el', 'de', 'del', 'a', 'las', 'hs',
	'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'il', 'di', 'alle', 'ore',
	'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'às', 'em',
	'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'om', 'uur',
	'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'wib', 'wita', 'wit', 'pukul',
];

export const yearWord = /\b(?:19|20)\d{2}\b/;
export const numericDate = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
export const clockTime = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|ist|gmt|utc|edt|est|et|pt|bst|cet)?\b/i;
export const datelineLead = /^(?:updated|published|posted|last updated|last modified|modified|first published|date|dated|created|edited|released)\b\s*(?:on|at)?\s*:?/i;
/** "Publié le 3 mai 2024 à 10h12", "Publicado el ...", "Aggiornato il ...": the same in the other languages seeds come in. */
export const otherLanguageDatelineLead = /^(?:publié|mis à jour|modifié|publicado|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert)(?=[\s:,]|$)/iu;
export const relativeTime = /^(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$/i;

/** A place dateline opening a story: "ST. CHARLES, Mo. – ", "NEW DELHI: ", "WASHINGTON, April 1 (Reuters) - ". */
export const placeDateline = /^[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][A-Za-z0-9.' ]{1,25})?(?:\s*\([A-Za-z ]{1,20}\))?\s*[:–—-]\s/;

/** Counters and widget labels: "12 Comments", "1.2K Shares", "Image 3 of 11", "5 min read". */
export const counterLine = /^(?:[\d.,]+[km]?\s+(?:comments?|shares?|views?|likes?|reactions?|replies|min(?:ute)?s? read)|(?:image|photo|slide) \d+ (?:of|\/) \d+)$/i;

/** Gallery counters glued to a caption: "1/11Two observations ...". */
export const galleryCounter = /^(\d{1,3}\/\d{1,3})(?=\S)/;

/** List markers: "- item", "• item", "1. item", "2) item", "(3) item". */
export const listMarker = /^(?:([-•*–·▪●◦‣➤►✓✔])|(\d{1,3}[.)])|(\(\d{1,3}\)))\s+(?=\S)/;
