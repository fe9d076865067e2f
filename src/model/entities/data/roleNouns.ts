/**
 * Nouns that name what a person is or does, written right before or after their name on news pages: in
 * sport, local and national government, police and courts, business, the arts, science, religion and the
 * family, in English and in the other languages the pages are in (French, Spanish, Portuguese, Italian,
 * German, Dutch). A role is the phrase that ends in one of these ("the seventh seed Andrey Rublev",
 * "l'allenatore Thiago Motta", "Bundeskanzler Olaf Scholz"). Facts about words, written for this project;
 * matched in lower case as whole words. The political titles with their own rules are `roleHeads` in
 * lexicon.ts.
 *
 * Left out on purpose: words that mostly mean something else right before a capitalised word in one of
 * these languages ("lateral", "fiscal", "milieu", "volante", "meia", "ad", "pm", "responsable").
 */
export const roleNouns: readonly string[] = [
	// sport
	'seed', 'champion', 'titleholder', 'runner-up', 'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'goalie',
	'defenseman', 'defenceman', 'forward', 'skipper', 'vice-captain', 'captain', 'coach', 'manager', 'boss', 'pitcher', 'quarterback',
	'linebacker', 'receiver', 'shortstop', 'outfielder', 'batter', 'batsman', 'bowler', 'all-rounder', 'opener', 'wicketkeeper',
	'wicket-keeper', 'full-back', 'centre-back', 'center-back', 'playmaker', 'rider', 'driver', 'cyclist', 'sprinter', 'runner',
	'boxer', 'fighter', 'golfer', 'player', 'teammate', 'team-mate', 'referee', 'umpire', 'jockey', 'trainer', 'rookie', 'veteran',
	'star', 'superstar', 'legend', 'olympian', 'medallist', 'medalist', 'contender', 'challenger', 'debutant', 'youngster',
	// arts, media, science
	'actor', 'actress', 'singer', 'rapper', 'musician', 'songwriter', 'singer-songwriter', 'comedian', 'comic', 'filmmaker',
	'producer', 'writer', 'author', 'novelist', 'poet', 'artist', 'journalist', 'reporter', 'correspondent', 'editor',
	'columnist', 'presenter', 'host', 'anchor', 'podcaster', 'influencer', 'designer', 'photographer', 'astronaut',
	'cosmonaut', 'pilot', 'specialist', 'engineer', 'scientist', 'researcher', 'astronomer', 'physicist', 'historian',
	'economist', 'analyst', 'strategist', 'expert',
	// health, law, police, courts
	'doctor', 'surgeon', 'nurse', 'physician', 'lawyer', 'attorney', 'solicitor', 'barrister', 'advocate', 'prosecutor',
	'counsel', 'magistrate', 'superintendent', 'inspector', 'constable', 'officer', 'detective', 'sheriff', 'deputy',
	'trooper', 'warden', 'firefighter', 'paramedic', 'suspect', 'defendant', 'accused', 'victim', 'witness', 'survivor',
	// government and public life
	'clerk', 'treasurer', 'auditor', 'member', 'mla', 'mp', 'mep', 'mlc', 'councillor', 'councilor', 'councilman',
	'councilwoman', 'alderman', 'collector', 'commissioner', 'administrator', 'candidate', 'nominee', 'incumbent', 'aspirant',
	'lawmaker', 'legislator', 'politician', 'diplomat', 'adviser', 'advisor', 'aide', 'official', 'activist', 'campaigner',
	'spokesperson', 'pm', 'cm', 'democrat', 'republican',
	// education and religion
	'teacher', 'principal', 'headteacher', 'dean', 'lecturer', 'student', 'vice-chancellor', 'rector', 'provost', 'priest',
	'pastor', 'imam', 'rabbi', 'reverend', 'cleric', 'monk', 'nun',
	// business
	'chairperson', 'cfo', 'coo', 'cto', 'cmo', 'executive', 'president', 'vice-president', 'partner', 'co-founder', 'owner',
	'entrepreneur', 'investor', 'banker', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'agent', 'farmer', 'resident',
	// family
	'wife', 'husband', 'widow', 'widower', 'daughter', 'son', 'mother', 'brother', 'sister', 'grandson', 'granddaughter',
	// Spanish
	'presidente', 'presidenta', 'expresidente', 'vicepresidente', 'ministro', 'ministra', 'alcalde', 'alcaldesa', 'gobernador',
	'gobernadora', 'senador', 'senadora', 'diputado', 'diputada', 'juez', 'jueza', 'abogado', 'abogada', 'portavoz', 'entrenador',
	'técnico', 'seleccionador', 'delantero', 'centrocampista', 'portero', 'capitán', 'jugador', 'jugadora', 'futbolista', 'piloto',
	'ciclista', 'tenista', 'actriz', 'cantante', 'periodista', 'director', 'directora', 'consejero', 'consejera', 'secretario',
	'secretaria', 'rey', 'reina', 'papa', 'líder', 'dirigente', 'candidato', 'candidata', 'comisario', 'sargento', 'coronel',
	'médico', 'médica', 'profesor', 'profesora', 'investigador', 'investigadora', 'científico', 'escritor', 'escritora', 'autor',
	'autora', 'empresario', 'empresaria', 'fundador', 'fundadora', 'delegado', 'delegada', 'concejal', 'concejala', 'embajador', 'canciller',
	// Portuguese
	'governador', 'governadora', 'prefeito', 'prefeita', 'deputado', 'deputada', 'juiz', 'juíza', 'advogado', 'advogada', 'treinador',
	'atacante', 'zagueiro', 'goleiro', 'jogador', 'jogadora', 'cantor', 'cantora', 'ator', 'atriz', 'jornalista', 'diretor',
	'diretora', 'secretário', 'secretária', 'vereador', 'vereadora', 'comandante', 'capitão', 'promotor', 'promotora',
	'procurador', 'procuradora', 'empresária', 'agente', 'mediano', 'meio-campista', 'lateral-direito', 'lateral-esquerdo',
	// Italian
	'sindaco', 'sindaca', 'senatore', 'senatrice', 'deputato', 'deputata', 'giudice', 'avvocato', 'avvocata', 'procuratore',
	'allenatore', 'tecnico', 'attaccante', 'difensore', 'portiere', 'capitano', 'giocatore', 'calciatore', 'pilota', 'tennista',
	'attore', 'attrice', 'giornalista', 'direttore', 'direttrice', 'segretario', 'segretaria', 'assessore', 'consigliere',
	'prefetto', 'questore', 'commissario', 'colonnello', 'maresciallo', 'carabiniere', 'cardinale', 'vescovo', 'governatore',
	'imprenditore', 'imprenditrice', 'fondatore', 'fondatrice', 'portavoce', 'premier', 'regista', 'scrittore', 'scrittrice',
	// French
	'président', 'présidente', 'ministre', 'maire', 'sénateur', 'sénatrice', 'député', 'députée', 'juge', 'avocat', 'avocate',
	'procureur', 'procureure', 'préfet', 'préfète', 'entraîneur', 'sélectionneur', 'attaquant', 'défenseur', 'gardien',
	'capitaine', 'joueur', 'joueuse', 'pilote', 'coureur', 'cycliste', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'journaliste',
	'directeur', 'directrice', 'secrétaire', 'porte-parole', 'patron', 'patronne', 'pdg', 'fondateur', 'fondatrice', 'commissaire',
	'adjudant', 'général', 'gendarme', 'policier', 'policière', 'médecin', 'docteur', 'professeur', 'chercheur', 'chercheuse',
	'écrivain', 'auteur', 'autrice', 'syndicaliste', 'dirigeant', 'dirigeante', 'candidat', 'élu', 'élue', 'conseiller',
	'conseillère', 'ambassadeur', 'ambassadrice', 'roi', 'reine', 'pape', 'évêque', 'réalisateur', 'réalisatrice',
	// German (German writes its nouns with a capital: these stand before names capitalised)
	'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'bundespräsident', 'bundespräsidentin', 'präsident', 'präsidentin',
	'ministerpräsident', 'ministerpräsidentin', 'ministerin', 'bundesminister', 'bundesministerin', 'bürgermeister',
	'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin', 'abgeordnete', 'abgeordneter',
	'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'trainerin',
	'cheftrainer', 'kapitän', 'kapitänin', 'spieler', 'spielerin', 'stürmer', 'torwart', 'torhüter', 'verteidiger',
	'mittelfeldspieler', 'sportdirektor', 'sportvorstand', 'fahrer', 'fahrerin', 'schauspieler', 'schauspielerin', 'sänger',
	'sängerin', 'journalistin', 'direktor', 'direktorin', 'chefin', 'vorstandschef', 'vorstandschefin', 'vorsitzende',
	'vorsitzender', 'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'sprecher', 'sprecherin', 'polizeisprecher',
	'polizeisprecherin', 'kommissar', 'professorin', 'forscher', 'forscherin', 'arzt', 'ärztin', 'papst', 'könig', 'königin',
	'generalsekretär', 'parteichef', 'parteichefin', 'fraktionschef', 'fraktionschefin',
	// Dutch
	'burgemeester', 'wethouder', 'voorzitter', 'directeur', 'topman', 'topvrouw', 'aanvoerder', 'spits', 'verdediger',
	'middenvelder', 'speler', 'rechter', 'advocaat', 'woordvoerder', 'woordvoerster', 'hoogleraar', 'onderzoeker', 'zanger',
	'zangeres', 'koning', 'koningin', 'kamerlid', 'staatssecretaris', 'fractievoorzitter', 'partijleider',
];

/**
 * Words that sit before a role's noun inside the role ("the seventh seed", "defending champion", "former
 * Nairobi governor", "mission specialist"), besides names of places and organisations.
 */
export const roleModifiers: readonly string[] = [
	'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'top', 'no', 'number',
	'defending', 'reigning', 'former', 'ex', 'new', 'interim', 'caretaker', 'veteran', 'world', 'mission', 'global', 'county',
	'city', 'district', 'regional', 'local', 'women\u2019s', 'women\'s', 'men\u2019s', 'men\'s', 'olympic', 'managing', 'general', 'vice',
	'executive', 'associate', 'principal', 'lead', 'head', 'co', 'joint', 'additional', 'sub', 'superintendent', 'police',
	'ancien', 'ancienne', 'ex-', 'antiguo', 'antigua', 'exministro', 'nuevo', 'nueva', 'nuovo', 'nuova', 'ehemalige', 'ehemaliger', 'frühere',
	'früherer', 'neue', 'neuer', 'voormalig', 'voormalige', 'oud',
];
