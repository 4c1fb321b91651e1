/**
 * The words the frame reader knows: English grammar (auxiliaries, prepositions, determiners,
 * verbs of saying and of change) and synonym sets that say one thing several ways ("died",
 * "dead", "deaths", "toll"). None names an event, place or person of any article.
 */

/** Auxiliaries, modals and adverbs skipped between a subject and its verb. */
export const AUX = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|shall|do|does|did|not|also|still|now|already|just|only|reportedly|all|initially|officially|eventually|apparently|allegedly|nearly|almost|being|got|get|gets|to|more|than|another|additional|further|other|others|remain|remained|remains|stay|stayed|stays|appear|appeared|seem|seemed|seems)$/;
/** Verbs of saying and knowing that pass the figure on to the verb after them ("15 were reported trapped"). */
export const REPORTING = /^(?:show|reveal|identify|indicate|indicates|indicated|reports|report|said|says|believed|feared|thought|known|confirmed|confirms|estimated|estimates|expected|presumed|understood|listed|lists|list|counted|counts|registered|registers|recorded|records|declared|pronounced|considered|assumed|found|finds|cited|cites|tallied|tallies|gave|gives|placed|places|pegged|pegs|showed|shows|revealed|reveals|tracked|logged|documented|documents|identified|verified|noted|notes|saw|sees|see|detected|detects|spotted|observed)$/;
/** Link verbs after which a figure is the level of the noun before them ("the toll stood at", "turnout was"). */
export const LINK_VERB = /^(?:was|were|is|are|be|been|stood|stands|hit|hits|reached|reaches|totaled|totalled|totals|topped|came|amounted|exceeds|exceeded|surpasses|surpassed|tops|passed|passes|nears|neared|approaches|approached|touched|touches|crossed|crosses|breached)$/;
/** Verbs that only carry a figure to what it counts: "drew 9,870 spectators", "reached 3.4 million viewers", "had 44%". */
export const TRANSPARENT = /^(?:touched|touches|crossed|crosses|covers|covered|affects|reached|reach|reaches|drew|draw|draws|attracted|attracts|attract|had|has|have|having|numbered|numbers|totaled|totalled|totals|topped|tops|exceeded|exceeds|surpassed|surpasses|passed|neared|nears|hit|hits|came|comes|amounted|amounts|stood|stands|was|were|is|are|be|been|included|includes|include|involved|involves|involving|got|gets|received|receives|receive|saw|sees|see|counted|recorded|registered|reported|logged|logs)$/;
/** Verbs with two objects: "cost investors $40 million", "gave the city $5 million". */
export const DITRANSITIVE = /^(?:cost|costs|costing|gave|give|gives|giving|owe|owes|owed|owing|paid|pay|pays|paying|offered|offers|offer|awarded|awards|award|handed|hands|charged|charges|charge|billed|bills|fined|fines|fine|fining|ordered|saved|saves|save|sent|sends|send|lent|lends|lend|promised|promises|promise|granted|grants|grant)$/;
/** Adjectives of expectation between a subject and its verb ("was likely to be"): a forecast. */
export const LIKELY = /^(?:likely|unlikely|expected|set|due|projected|forecast|poised|seen|predicted|estimated|thought|believed|certain|sure|bound)$/;
/** Nouns that name a measure of something else: "the unemployment rate", "the death toll", "the number of". */
export const MEASURE_NOUNS = /^(?:rate|rates|level|levels|number|numbers|figure|figures|total|totals|count|counts|share|shares|percentage|proportion|tally|amount|sum|size|value|index|ratio)$/;
/** Currency and unit words after a number, skipped to reach the counted noun. */
export const UNIT_WORD = /^(?:dollars?|euros?|pounds?|sterling|cedis?|yuan|yen|rupees?|pesos?|rand|naira|shillings?|francs?|kronor|kroner|krona|won|r[ou]bles?|liras?|dinars?|riyals?|dirhams?|reais|real|ringgit|baht|rupiah|zloty|forints?|hryvnias?|bitcoins?|[kmgt]b|[kmg]hz|mah|bhp|hp|horsepower|mph|kph|km|kilomet(?:er|re)s?|miles?|(?:centi|milli)?met(?:er|re)s?|cm|mm|feet|foot|ft|inch(?:es)?|kilo(?:gram)?s?|kg|grams?|lbs?|ounces?|oz|tons?|tonnes?|lit(?:er|re)s?|gallons?|barrels?|acres?|hectares?|square|degrees?|watts?|kw|mw|gw|kwh|megawatts?|gigawatts?|calories|pound-feet|lb-ft)$/;
/** Words that cannot be a predicate or a counted noun. */
export const FUNCTION = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|each|every|of|in|on|at|by|for|from|with|to|into|onto|over|under|about|around|than|as|and|or|but|nor|if|while|when|whereas|after|before|since|during|per|who|which|whom|whose|what|where|there|here|it|they|he|she|we|i|you|them|him|us|me|one|ones|more|less|most|least|many|much|few|several|such|same|other|another|only|just|also|not|no|yes|all|both|either|neither|up|down|out|off|including|among|between|against|via|despite|amid|through|toward|towards|within|without|upon|across|along|behind|beyond|near|like|unlike|whether|because|though|although|unless|until|till|so|too|very|even|still|yet|already|now|then|again|ago|once|whenever|wherever|thus|hence|however)$/;
/** Words that only measure ("percent", "times"), never what is counted. */
export const MEASURE_WORDS = /^(?:percent|per|cent|pct|percentage|points?|times|fold)$/;
/** Nouns that count people in general, with no narrower group. */
export const GENERIC_PEOPLE = /^(?:people|persons|person|individuals|victims|others|dead|lives|those|adults|men and women)$/;
/** Synonyms: one key for each thing said several ways. General English, not any article's words. */
export const SYNONYMS: [RegExp, string][] = [
  [/^(?:kill|kills|killed|killing|dead|death|deaths|die|dies|died|dying|fatalities|fatality|fatal|perished|perish|succumbed|succumb|succumbs|slain|slaughtered|murdered|toll|lives|drowned|drown|drowns)$/, "killed"],
  // people or things held where they are, however said: "trapped", "stranded", "marooned" (not "stuck": "stuck at 180")
  [/^(?:trap|traps|trapped|stranded|strand|strands|marooned)$/, "trapped"],
  // what waits to be decided: "cases pending", "awaiting trial", "a backlog of"
  [/^(?:pending|pend|awaiting|await|awaits|backlog|backlogs|undecided|unresolved)$/, "pending"],
  [/^(?:wound|wounds|wounded|wounding|injure|injures|injured|injuring|injury|injuries|hurt|hurting)$/, "wounded"],
  [/^(?:arrest|arrests|arrested|arresting|detain|detains|detained|detaining|detention|detentions|detainees|held|jailed)$/, "arrested"],
  [/^(?:missing|unaccounted|disappeared)$/, "missing"],
  // ("268 cancellations", "214 flights were cancelled", "scrapped")
  [/^(?:cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation|cancellations)$/, "cancelled"],
  [/^(?:abduct|abducts|abducted|abducting|abduction|abductions|kidnap|kidnaps|kidnapped|kidnapping|kidnappings)$/, "abducted"],
  // ("carried out 320 flood rescues", "340 people were rescued")
  [/^(?:rescue|rescues|rescued|rescuing)$/, "rescued"],
  [/^(?:displaced|displace|displaces|displacing|evacuated|evacuees|evacuate|evacuates|evacuating|homeless|fled|flee|flees|fleeing|refugees|uprooted|sheltering|sheltered|shelter)$/, "displaced"],
  // ("lay" alone is no layoff: "80 houses lay under the mud"; "laid off" is)
  [/^(?:cut|cuts|cutting|eliminate|eliminates|eliminated|eliminating|shed|sheds|shedding|slash|slashes|slashed|slashing|layoffs|axe|axed|axes|axing|scrap|scrapped|(?:laid|lay|lays|laying) off)$/, "cut"],
  [/^(?:lose|loses|losing|lost|loss|losses)$/, "lost"],
  [/^(?:cases|case|sicken|sickened|sickening|sickens|infected|infecting|infections|infection|ill|diagnosed|contracted)$/, "cases"],
  [/^(?:protesters|protestors|demonstrators|marchers|marched|march|marching|rallied|rally|rallying|protested|protesting|gathered|gather|attended|attend|attendance|crowd|crowds|turned|turnout|filled|fill|fills|packed|packing|packs|spectators|attendees|visitors)$/, "gathered"],
  [/^(?:viewers|watched|watch|watching|viewership|audience|audiences|tuned)$/, "watched"],
  // (and a budget's "total outlay", as Indian and other budgets say it)
  [/^(?:allocated|allocation|allocations|allocate|allocates|allotted|allotment|budgeted|earmarked|receive|receives|received|funding|budget|budgets|set aside|sets aside|setting aside|grant|grants|outlay|outlays)$/, "allocated"],
  [/^(?:voted|vote|votes|voting|backed|backing|backs|back|support|supports|supported|supporting|favor|favors|favored|favour|favours|favoured|approve|approves|approved|approving)$/, "support"],
  [/^(?:oppose|opposes|opposed|opposing|disapprove|disapproves|disapproved|against)$/, "oppose"],
  [/^(?:hire|hires|hired|hiring|add|adds|added|adding|create|creates|created|creating|recruit|recruits|recruited|recruiting)$/, "add"],
  [/^(?:raise|raises|raised|raising|collect|collects|collected|collecting|fundraising)$/, "raised"],
  [/^(?:spend|spends|spent|spending|expenditure|expenditures)$/, "spent"],
  [/^(?:earn|earns|earned|earning|earnings|profit|profits|income|salary|salaries|wage|wages)$/, "earned"],
  // money handed over, however named: "paid €48 million", "the fee was", "ordered to pay", "the award", "damages"
  [/^(?:pay|pays|paid|paying|payment|payments|fee|fees|award|awards|awarded|awarding|damages|compensation|payout|payouts|settlement|settlements|verdict|verdicts|takeover|takeovers|acquisition|acquisitions|buyout|buyouts)$/, "paid"],
  [/^(?:revenue|revenues|sales|turnover)$/, "revenue"],
  // money taken by deceit, however named: "a $4.2 million fraud", "embezzling $2.4 million"
  [/^(?:fraud|frauds|embezzle|embezzles|embezzled|embezzling|embezzlement|defraud|defrauded|defrauding|misappropriate|misappropriated|misappropriating|misappropriation|swindle|swindled|swindling|scam|theft|thefts)$/, "defrauded"],
  [/^(?:cost|costs|costing|price|priced|prices|pricing|bill|bills)$/, "cost"],
  [/^(?:wealth|worth|fortune|fortunes|valued|valuing|value|values|valuation|valuations)$/, "wealth"],
  // (a price, whichever side of the sale says it: "sold for", "fetched", "bought for", "went for")
  [/^(?:sell|sells|sold|selling|shipped|ships|shipping|ship|fetched|fetches|fetch|fetching|bought|buys|buy|buying|purchased|purchases|purchase|purchasing)$/, "sold"],
  [/^(?:owe|owes|owed|owing|debt|debts)$/, "debt"],
  [/^(?:enrol|enroll|enrols|enrolls|enrolled|enrolling|enrolment|enrollment|enrolments|enrollments)$/, "enrolled"],
  [/^(?:fine|fined|fines|fining|penalty|penalties|penalized|penalised|penalizing)$/, "fine"],
  [/^(?:people|persons|person|individuals|victims|others|lives|those)$/, "people"],
  [/^(?:fire|fires|blaze|blazes|wildfire|wildfires|bushfire|bushfires|forest fire|inferno|flames)$/, "fire"],
  [/^(?:troops|soldiers|servicemen|servicemembers|service members)$/, "soldiers"],
  // work cut or created, however named: "1,200 jobs", "900 positions", "300 posts", "roles"
  [/^(?:jobs|positions|posts|roles)$/, "job"],
  // the people of a workplace, however named: "1,200 employees", "1,450 staff", "workers"
  [/^(?:workers|employees|staff|staffers|workforce|mineworkers|labourers|laborers)$/, "worker"],
  // the children of a school, however named: "47 students", "sixty-three pupils", "learners"
  [/^(?:students|pupils|schoolchildren|schoolboys|schoolgirls|learners)$/, "student"],
  [/^(?:home|homes|house|houses|dwelling|dwellings|household|households)$/, "home"],
  // who travels on a plane, a train or a ship, however named: "6,100 passengers", "2,600 flyers", "travellers"
  [/^(?:passengers|travellers|travelers|flyers|fliers)$/, "passenger"],
  // homes, roads or schools made, however said: "built 45,000 homes", "28,600 homes were completed", "constructed"
  [/^(?:built|build|builds|completed|completes|completion|completions|constructed|construct|constructs)$/, "built"],
  // what falls short, however named: "a deficit of $3.8 billion", "the shortfall was", "short of 97,000 teachers"
  // ("a funding gap of £40 million", "a £40 million black hole in the budget")
  [/^(?:deficit|deficits|shortfall|shortfalls|shortage|shortages|short|gap|hole)$/, "deficit"],
  // what a mine, a field, a plant or a farm turns out, however said: "produced 1.2 million barrels", "output of", "pumped"
  [/^(?:produce|produces|produced|producing|production|output|outputs|pump|pumps|pumped|pumping)$/, "produced"],
  // what was taken by theft, however said: "the amount stolen", "looted", "robbed of"
  [/^(?:stolen|stole|steal|steals|stealing|looted|loot|loots|looting|robbed|snatched)$/, "stolen"],
  // crashes on the road, however named: "64 crashes", "91 road accidents", "collisions"
  [/^(?:crash|crashes|accident|accidents|collision|collisions)$/, "crash"],
  // road vehicles, however named: "120,000 SUVs", "187,000 vehicles", "cars"
  [/^(?:vehicle|vehicles|car|cars|suv|suvs|truck|trucks|van|vans|pickups)$/, "vehicle"],
  // a chain's shops, however named: "42 stores", "57 shops", "outlets", "branches"
  [/^(?:store|stores|shop|shops|outlet|outlets|branch|branches)$/, "store"],
  // people come ashore or across, however said: "7,350 arrived by boat", "over 9,000 landed here", "arrivals"
  [/^(?:arrive|arrives|arrived|arriving|arrival|arrivals|landed|landing|landings|crossed|crossings)$/, "arrived"],
  [/^(?:harvest|harvests|harvested|crop|crops)$/, "harvest"],
  [/^(?:outage|outages|blackout|blackouts)$/, "outage"],
  // oil or chemicals let out: "2,000 barrels leaked", "estimated the spill at 5,000 barrels"
  [/^(?:spill|spills|spilled|spilt|spilling|leak|leaks|leaked|leaking|discharged|discharge|escaped|escaping)$/, "spilled"],
  [/^(?:police|policemen|officers|police officers)$/, "police"],
  [/^(?:militants|fighters|rebels|insurgents|guerrillas|jihadists)$/, "fighters"],
  [/^(?:unemployment|jobless|joblessness)$/, "unemployment"],
  [/^(?:obese|obesity)$/, "obese"],
  [/^(?:use|uses|used|using)$/, "used"],
  // common acts of the news, however said: records exposed in a breach, cargo carried, cars recalled, workers on strike
  [/^(?:affected|affects|affecting|impacted|impacts|exposed|exposes|exposing|compromised|breached|leaked|stolen|accessed|hacked)$/, "affected"],
  // (and what a port or an airport handles: "handled 6.8 million passengers", "served 2 million travellers")
  [/^(?:carry|carries|carried|carrying|aboard|loaded|laden|cargo|handle|handles|handled|handling|processed|processes)$/, "carried"],
  [/^(?:recall|recalls|recalled|recalling)$/, "recalled"],
  [/^(?:strike|strikes|struck|striking|walkout|walkouts|stoppage|stoppages)$/, "struck"],
  [/^(?:cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation|cancellations|scrubbed|grounded)$/, "cancelled"],
  [/^(?:close|closes|closed|closing|closure|closures|shut|shuts|shutting)$/, "closed"],
  [/^(?:destroy|destroys|destroyed|destroying|destruction|raze|razes|razed|razing|flattened|flattens|levelled|leveled|levels|gutted|guts)$/, "destroyed"],
  // (not "removed": "removed 140 trees" sends nobody away)
  [/^(?:deport|deports|deported|deporting|deportation|deportations|expelled)$/, "deported"],
  [/^(?:damage|damages|damaged|damaging)$/, "damaged"],
  // land a fire burned, however said; gas a plant let out
  [/^(?:burn|burns|burned|burnt|burning|scorch|scorches|scorched|scorching|charred|blackened|consumed)$/, "burned"],
  [/^(?:emit|emits|emitted|emitting|emission|emissions)$/, "emitted"],
  // people let go, however said: "released 312 prisoners", "freed 48 detainees", "set free" ("released" said of gas is rarer in the news)
  [/^(?:free|freed|frees|freeing|release|released|releases|releasing)$/, "freed"],
  // people come home: "have returned", "came back" (not "a return", which is as often a yield)
  [/^(?:returned|returning|returnees|(?:come|came|comes|coming) back|(?:go|went|gone|goes|going) back)$/, "returned"],
  [/^(?:pledge|pledges|pledged|pledging|promised|promises|promise|committed|commits|commit)$/, "pledged"],
  // letting people into a country: "admit 250,000", "take in", "accepting 10,000 Syrians", "resettle"
  [/^(?:admit|admits|admitted|admitting|admission|admissions|accept|accepts|accepted|accepting|resettle|resettles|resettled|resettling|resettlement|welcome|welcomes|welcomed|welcoming|(?:take|takes|took|taken|taking|let|lets|letting|bring|brings|brought|bringing) in)$/, "admitted"],
  // a change up or down, whichever verb and tense says it ("rose 6 percent", "rising 9 percent", "jumped")
  [/^(?:rose|rise|rises|rising|risen|increased|increase|increases|increasing|climbed|climb|climbs|climbing|jumped|jump|jumps|jumping|surged|surge|surges|surging|soared|soar|soars|soaring|grow|grew|grows|growing|grown|growth|expand|expanded|expands|expanding|expansion|leapt|leaped|leap|leaps|rocketed|rockets|skyrocketed|spiked|spikes)$/, "rise"],
  [/^(?:fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|decreased|decrease|decreases|decreasing|declined|decline|declines|declining|slipped|slip|slips|slipping|plunged|plunge|plunges|plunging|tumbled|tumble|tumbles|tumbling|slumped|slump|slumps|slumping|sank|sink|sinks|sinking|slid|slide|slides|sliding|dipped|dip|dips|dipping|shrank|shrink|shrinks|shrinking|shrunk)$/, "fall"],
];
/** Predicates whose figure counts people they happened to: the counted noun defaults to people. */
export const VICTIM_KEYS = new Set(["killed", "wounded", "arrested", "missing", "displaced", "gathered", "cases", "watched", "outage", "arrived", "rescued"]);
/** Counted nouns that are the people of a crowd or an audience: "38,000 fans filled", "3 million viewers". */
export const CROWD_NOUNS = /^(?:fans|supporters|spectators|attendees|viewers|visitors|people|persons)$/;
/** Words of change: the figure is a difference, not a level. */
export const CHANGE_VERB = /^(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|increased|increase|increases|increasing|decreased|decrease|decreasing|grew|grow|grows|growing|grown|declined|decline|declines|declining|climbed|climb|climbs|jumped|jump|jumps|surged|surge|surges|plunged|plunge|slipped|slip|gained|gain|gains|up|down|higher|lower|soared|soar|tumbled|tumble|shrank|shrink|shrinks|slumped|slump|dipped|dip|added|adds|lost|boosted|boost|raised|lifted|eased|eases|easing|slowed|slows|slowing|cooled|cools|accelerated|accelerates|quickened|moderated|edged|ticked|crept|inched|sank|sink|sinks|slid|slide|slides|sliding|dips|dipping|slips|slumps|tumbles|plunges|soars|surged|spiked|leapt|leaped|rebounded|doubled|doubles|tripled|triple|triples|quadrupled|halved)$/;
/** Nouns of change after a figure: "a 5 percent increase", "20 more people". */
/** Verbs by which someone sets a level anew ("cut its rate", "raised the fare"), whose figures after "by", "from" and "to" are a change and its ends. */
export const SET_VERB = /^(?:cut|cuts|lowered|lowers|hiked|hikes|reduced|reduces|trimmed|trims|raised|raises|slashed|slashes|revised|revises)$/;
export const CHANGE_AFTER = /^(?:increase|increases|rise|rises|drop|drops|decline|declines|jump|gain|gains|fall|cut|cuts|reduction|reductions|more|fewer|less|higher|lower|hike|boost|growth|surge|plunge|slide|dip|advance)$/;
/** Periods that make a figure a rate: "homes a year", "per month", "each day". */
export const PERIOD = /^(?:second|minute|hour|day|night|week|month|year|quarter|decade|season|term|session|game|match|person|capita|head|household|student|worker|employee|customer|user|visitor|family|home|hectare|acre|mile|kilometre|kilometer|ton|tonne|barrel|share|unit|day's|week's|month's|year's|litre|liter|gallon|kilo|kilogram|kilogramme|kg|pound|lb|ounce|loaf|bottle|pack|packet|ticket|night|seat|room)$/;
/** Words that make a figure a forecast, plan or goal rather than a result. */
export const FUTURE = /^(?:will|would|could|may|might|expects?|expected|expecting|plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|goal|goals|forecasts?|forecasted|projects?|projected|projection|projections|predicts?|predicted|prediction|hopes?|hoped|intends?|intended|proposes?|proposed|proposal|budgeted|pledged|pledges?|promised|promises?|seeks?|sought|wants?|could|should|anticipated|anticipates?)$/;
/** Words of hearsay: the figure is a rumour, not anyone's count. */
export const HEARSAY = /^(?:rumors?|rumours?|rumored|rumoured|speculation|speculated|unconfirmed|allegedly|purportedly|supposedly)$/;
/** Words of aggregation before the counted noun or figure. */
export const AGGREGATE = /^(?:average|averaged|averages|averaging|median|mean|typical|total|totaled|totalled|totaling|totalling|combined|overall|cumulative|maximum|minimum|max|min|peak|record|top|highest|lowest)$/;

/** Normalise a word with the synonym sets, else a light stem (plural, -ed, -ing). */
export function normalize(w: string): string {
  const l = w.toLowerCase().replace(/['’]s$/, "");
  for (const [re, key] of SYNONYMS) if (re.test(l)) return key;
  return stem(l);
}

/** The counted thing: people in general are one thing; other nouns keep their own stem ("protesters" are not "gathered"). */
export function thingOf(w: string): string {
  const l = w.toLowerCase().replace(/['’]s$/, "");
  if (/^(?:residents|inhabitants|villagers|locals|townspeople|citizens|persons)$/.test(l)) return "people"; // the people of a place
  const key = normalize(l);
  if (VICTIM_KEYS.has(key) && /^(?:dead|lives)$/.test(l)) return key; // "50 dead", "claimed 50 lives": the toll itself
  if (GENERIC_PEOPLE.test(l)) return "people";
  // one thing however named: "jobs" and "positions", "troops" and "soldiers"
  if (/^(?:job|home|worker|soldiers|police|fighters|student|store|vehicle|passenger)$/.test(key)) return key;
  // a noun that names the event itself ("deaths", "injuries", "cases", "viewers") stands for it
  return VICTIM_KEYS.has(key) && !/^(?:protesters|protestors|demonstrators|marchers|refugees|evacuees|detainees|spectators|attendees|fans)$/.test(l) ? key : stem(l);
}

/** A light English stem: enough that "cuts", "cutting" and "cut", "votes" and "vote" meet. */
export function stem(w: string): string {
  const s = stemOnce(w);
  // "pledge" and "pledged", "close" and "closed": a silent e after these letters goes, so the forms meet
  return s.length > 4 && /[^e][cdgsvz]e$/.test(s) ? s.slice(0, -1) : s;
}

function stemOnce(w: string): string {
  if (w.length <= 3) return w;
  if (w.length > 5 && /ied$/.test(w)) return w.slice(0, -3) + "y";
  if (w.length > 5 && /([^aeiou])\1ed$/.test(w)) return w.slice(0, -3); // "stopped"
  if (w.length > 5 && /[^e]ed$/.test(w)) return w.slice(0, -2); // "burned"
  if (w.length > 6 && /([^aeiou])\1ing$/.test(w)) return w.slice(0, -4);
  if (w.length > 6 && /ing$/.test(w)) return w.slice(0, -3); // "burning"
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}


/** Irregular past forms that can follow a subject with no auxiliary ("12 fled", "15 fell ill"). */
export const IRREGULAR_PAST = /^(?:fled|fell|rose|lost|went|came|took|held|left|hit|cut|shot|won|spent|sold|drew|stood|got|made|said|saw|gave|paid|put|ran|set|shut|quit|grew|knew|led|met|sent|slid|sank|sprang|struck|swam|swore|threw|told|wore|wrote|bought|brought|caught|fought|sought|taught|thought|built|dealt|felt|kept|lent|meant|slept|swept|wept|bore|broke|chose|drove|froze|rode|spoke|stole|woke|ate|became|began|drank|forgave|rang|sang|shrank|stank|died|lay|laid|fed|bled|fled|hid|slew|lit|cast|spread|bid)$/;
/** Level nouns that say nothing of whose level it is ("valued at", "a value of", "the price"): a level of them needs its owner named. */
export const GENERIC_LEVEL = /(?:^|\s)(?:value|values|valued|worth|price|prices|priced|cost|costs|total|amount|sum|figure|number|wealth|fortune|valuation)$/;
/** Things that are places or spans of time (stemmed): a toll never counts them. */
export const PLACE_OR_TIME = /^(?:city|citie|town|village|province|country|countrie|state|region|district|area|neighborhood|neighbourhood|county|counties|camp|site|location|day|hour|week|month|year|minute)$/;
/** Verbs that only carry a toll ("Quake Leaves 12 Dead", "claimed 50 lives", "confirmed 120 cases"). */
export const LIGHT_VERB = /^(?:made|make|makes|making|carried|conducted|leave|leaves|left|leaving|claim|claims|claimed|claiming|cause|causes|caused|causing|bring|brings|brought|reach|reaches|reached|report|reports|reported|confirm|confirms|confirmed|record|records|recorded|register|registers|registered|see|sees|saw|seen|total|totals|totaled|totalled|hit|hits|rise|rises|rose|risen|top|tops|topped|pass|passes|passed|count|counts|counted|put|puts|mean|means|meant)$/;
/** Verbs of opinion, whose share of a population a poll counts (normalised). */
export const OPINION = /^(?:support|oppose|say|believe|think|want|expect|prefer|trust|like|dislike|agree|disagree|view|see|rate|plan|intend|favor|disapprove|approve|fear|worry|feel|consider|back|reject|choose|pick)$/;
/** Honorifics: not names of anyone in particular. */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|st|the)\.?$/;
/** Words after a copula that are not what a figure counts ("13.3 million to be exact"). */
export const JUNK_PREDICATE = /^(?:compared|compare|compares|comparing|versus|exact|true|correct|accurate|right|wrong|possible|likely|enough|available|higher|lower|more|less|better|worse|little|bit|same|different|total|next|past|last|first|second|third|only|about|top|least|most|further|nearly|almost|roughly|approximately|estimated|unknown|unclear|small|large|big|huge|good|bad|new|old|high|low|sure|clear)$/;
/** Units of time: a count of them is a duration, not a disputed figure. */
export const TIME_THING = /^(?:year|month|week|day|hour|minute|second|decade|century|centurie|time|night|season|term|quarter|inning|lap|round)$/;
/** Words before a verb that mark it as one ("to cut", "would raise", "they sold"). */
export const BEFORE_VERB = /^(?:to|will|would|could|can|may|might|should|must|did|do|does|not|never|also|i|we|they|you|he|she|it|who|which|that|has|have|had|reportedly|already|still|just|then|quickly)$/;

/** A plural noun's ending, where a noun phrase ends ("gross", "famous" are not plurals). */
// (not a disease or a field that only ends in -s: "measles", "diabetes", "economics")
export const PLURAL = /^(?!(?:measles|mumps|rabies|diabetes|herpes|scabies|news|series|species|physics|economics|politics|mathematics|athletics|aids)$).*(?:[^su'’]s|people|men|women|children|staff|personnel|police|cattle|livestock)$/;
/** Prepositions that open a phrase between a noun and its verb ("106 protesters in 21 cities have been killed"). */
export const PHRASE_PREP = /^(?:in|at|on|off|from|across|around|near|inside|outside|throughout|within|during|of|for|with|among)$/;

/** True when a token is a word that can be a content word (a noun or verb). */
export function content(t: { word: boolean; lower: string; text: string } | undefined): boolean {
  return !!t && t.word && !FUNCTION.test(t.lower) && !/^\d/.test(t.text);
}
