"""`tally_enumerations`: lists that name parties as signatories or endorsers.

An enumeration is a run of at least `min_entities` (default 3) distinct entities from
`doc.spans["tally_entities"]` joined only by list glue (commas, "and", semicolons, articles,
short parentheticals, en/em dashes, pipes) or by list-item line breaks (bullets, numbering,
short headings), with a signing cue from `nlp/patterns/enumeration_cues.jsonl` before the list
in its sentence, after it in the same sentence ("X, Y and Z signed"), or in the sentence before
(for a bullet list: the cue line, looking back over short headings) — and no counter cue
(negation, "regimes such as", "expected to join", voting, attendance, "companies from") between
the cue and the list. A count claim of signers or joiners that the list spells out ("has grown
to 56 members, including X, Y and Z"; "Five more — X, Y and Z — have signed") is a cue too: the
claims in `doc.spans["tally_claims"]` are read when `tally_count_claims` ran before. Vetoes
whatever the cue: a list of people met or accompanying ("joined by the leaders of X, Y and Z")
and a list negated in its own clause ("... — X, Y and Z did not").

Parties named around the run as companions in the same act join the list: a co-signer before it
("A, the host, was joined by X, Y and Z"; "a coalition led by A, with X, Y and Z among its
members"; "A and B both endorsed it, joining X, Y and Z"; "A launched it with founding members
including X, Y and Z") or after it ("X, Y and Z signed alongside A and B"; "..., as did A"), by
the `co_signer_link` patterns and `_ALONGSIDE_LINK`. The subject of a subordinate clause counts
as a subject ("..., weeks after A became the fifth to ratify it, joining X, Y and Z"), and so do
"A joined X, Y and Z as a member" and "A launched the alliance at the summit with X, Y and Z".
After the list, a relative clause closed by a comma is an aside ("X, Y and Z, which border the
lake, along with A"), "as is A" and a second signing act ("backed by X, Y and Z and co-sponsored
by A and B") name companions, and a name glued by a hyphen ("non-EU parties") is a modifier
skipped on the way to them. Inside a run an item without a code ("Ireland, Quebec, Sweden"), a
short aside with a figure ("Ethiopia, at 15 million hectares; the DRC") and a territory in a
parenthetical after an item ("France (for Réunion)") are skipped. A run stops at a semicolon
after a list closed by "and" ("X, Y and Z; W, under its new president, signed late"), after a
lone name before the only semicolon of a comma list ("A and B launch a coalition for C; X, Y and
Z to join"), and at a blank line after a list along a line of prose.

A list one name short is completed by a co-signer ("the statement, which A co-sponsored with X
and Y"; "A ratified it, joining X and Y"), and a count of signers between a co-signer and the
list is no counter whatever its noun ("signed by A, B and 14 partners including X, Y and Z"; "A
and 45 other participants, including ..."). Co-signers that are a list of three or more on their
own stay apart ("X, Y and Z are the newest members, joining founders such as A, B and C": two
lists). A companion after the list may close its clause with a dash ("X, Y and Z — the pact's
co-founders alongside A — want ...").
A name inside a relative clause right after the co-signer is a modifier, and the co-signer is
the name before it ("Germany, which holds the EU presidency, was one of 25 signatories, alongside
X, Y and Z"); a party added by "besides" / "in addition to" before the people who act for the
listed states leads the list ("Besides A, the leaders of X, Y and Z signed"); the count between a
co-signer and the list may be in words ("issued by A and eight partners, among them X, Y and Z").
The list's own clause also vetoes it when it names outsiders or another role ("X, Y and Z remain
notable absentees", "with X, Y and Z among those outside it", "were represented by envoys",
"among the earliest to be reviewed"), and "the departures of X, Y and Z" is a counter.
Cues in the pattern file also cover a heading of contracting states with a place or date
("Contracting parties in Africa:"), members "listed on its website include", a named grouping
sized by a count ("the Lima Group of 12 American states — X, Y, ...") and "X, Y and Z founded it".

A status or office named right before the list (`descriptor` patterns: "Non-members X, Y and Z
also adhered", "endorsed by outreach guests X, Y and Z", "ministers from X, Y and Z added their
names") is no counter to the list's own signing act: stripped from the end of the text before a
cue that follows the list, or, after a cue before it, allowed as the whole "by ..." between cue
and list. People met or accompanying are still vetoed (`attendees`), and joining "by video" is
attendance (a counter). A column header of a flattened table ("Joint Statement on Afghanistan —
signatory | date: Albania | 29 Aug; ...") opens the table: the name before it is the title's.
A `counter_after` clause may give the list another status ("— are beneficiaries rather than
members"). A `pro_verb` closing the list's clause after a `concession` takes up the negated
signing act before it: "The bloc did not join the alliance, although X, Y and Z did
individually"; "A has not ratified it, but X, Y and Z have".

The list's own clause starts at a `clause_opener` a few words before it ("Russia refused to
sign, but X, Y and Z endorsed it"; "had 40 signatories, not counting A, after X, Y and Z
signed"): counter words before the opener belong to another clause, and a cue before the
opener is another clause's, so the list needs its own cue after it ("Russia refused to sign,
and X, Y and Z held talks" is none; past a semicolon the cue's topic may go on: "...; the other
17 include X, Y and Z"). A second group named by its status continues the list ("donors such
as X, Y and Z, and host countries including A, B and C"; "X and Y as well as middle-income A
and B"; "signed by X, Y and Z, as well as by A"), and two names are a list with a companion
that takes up their act ("X and Y both signed on Tuesday, as did Z"), not with one of another
act ("seat X and Y alongside Z"), nor with a modifier of others ("as well as most EU states").

Inside a run, a region heading closed by a dash after a semicolon ("...; Europe — France,
Spain") and a short aside after the final "and" ("Colombia and, belatedly, Mexico") are glue.
After a grouping spelled out between dashes, "plus" adds parties ("the Five Eyes — X, Y, Z —
plus A and B"). The party joined leads an inverted list ("Joining A as founding members are X,
Y and Z") and the subject of a first act joined in a second verb phrase leads the list ("A was
the first to ratify it, in 1974, and was soon joined by X, Y and Z"), also after reported speech
("Officials said that A had ratified it, joining X, Y and Z").

Signers named by a noun in apposition ("The signatories, among them X, Y and Z, will set up
...", "The co-sponsors — X, Y and Z — will report") stay signers whatever their clause says
they will do next, unless it is to sign, join or decide. A dateline ("LIMA — X, Y and Z met")
is no grouping named before a dash. Two names take a companion set off by commas before their
act ("X and Y, along with A, have signed"); a companion after a dash aside that holds a relative
clause is read past it ("X, Y and Z — all of which ... — were among the signatories, as was A");
", and" after a list closed by "and" opens another clause ("signed by X, Y and Z, and A and B
have been invited to ...").

A pro-verb after a clause opener takes up a negated act as a concession does ("A did not sign;
X, Y and Z did"). Parties that followed the list into its act are named with their verb ("...,
and A followed in June"; "..., with A and B following in May"). An aside between dashes after
the final "and" is glue ("France and — to the surprise of officials — the Czech government").
"A and the other four ... — X, Y, Z and W —" is read past a dateline naming A.

The list's own clause also gives it another stance when it declines, withholds, sends
ministers, needs more time or signals it could take part ("..., with X, Y and Z declining to
sign"), when it names "those yet to sign", and when a negated quantifier opens it ("None of the
five associate members — X, Y and Z — signed").

Parties in apposition named by "states parties" or "--" are signers too ("Its states parties
— X, Y and Z — must report"); a companion after the list's predicate is read past an aside
between dashes ("— the front-line states — have all endorsed the text, alongside A"); the
subject leads its neighbours ("A and its Himalayan neighbours X, Y and Z signed"), the list
after the predicate of "A and N other countries" ("... endorsed it, among them X, Y and Z"), and
"Besides A, the signatories were X, Y and Z"; companions may be named by a status first
("alongside neighbours such as X, Y and Z"); a cue past "yet" belongs to another clause.

A semicolon right after the list ends its clause ("...; notably absent are A and B"). Followers
join it (", followed later in the day by A"; since session 12 also a second wave of three or
more: "..., followed within hours by X, Y and Z", the eval README's convention), a last
companion after a dash and an aside may end with "as well", and an
adverb without commas after the final "and" is glue ("and of course A").

Ranges join runs: "from X and Y in the west to Z and W in the east, with U and V on the shore"
is one list. Its "from" is a range's, not an origin's ("companies from X"), so the cue is read
before the "from" and must stand there ("parties range from", "endorsed by all 18 members,
from", a count of members "in Latin America, from"); a cue only after a range ("Shipments from
X, Y to Z, W rose after the pact was signed") makes none. A count of parties that were
reviewed, visited or targeted ("the mechanism reviewed five countries — X, Y and Z") is no cue:
`counter_before` patterns ending right before the count undo it.

A count of signers or joiners anywhere in the run's sentence is a cue of last resort when no
cue word stands there and no counter cue stands before the list or in its own clause (past a
relative clause about it): "The four members of the community, X, Y, Z and W, approved the
statute"; "now counts 12 countries of origin, such as X, Y and Z". A count in another clause
(past a semicolon) is none ("counts 21 members; X, Y and Z have stayed out"), nor is a count of
targets (`counter_before`: "focuses on 30 countries, among them ..."). A co-signer joined by
"and N other ..." and a colon or dash is taken when N is the list's length ("A and the four
other co-hosts — X, Y, Z and W"; "A and four other countries signed the agreement in 2014: X,
Y, Z and W"). Companions after the list may carry a title ("alongside host A") or a status
("as have importers such as A and B"), and stop at a semicolon. Before a cue after the list,
the text past a contrast ("while") is the list's clause: "A and B have been suspended, while
X, Y and Z remain full members". A list closed by "and" ends at a dash ("five members — X, Y
and Z — and A remains suspended"), and a name closing a heading that leaves it out is no item
(`heading_exclusion`: "Signatories beyond the EU: • X • Y • Z").

A co-signer right before its count of others ("A and 20 other states have ratified it — among
them X, Y and Z"; "A signed alongside 11 other founding states, including X, Y and Z") leads a
list that samples those others whatever their number, when the sample opens right after the
others' noun or past a dash (after a verb and a comma the sample may be of all the parties, and an
aside between A and its count sets A apart). A news dateline ("RIYADH (SPA) -- ") before a
co-signer is no lead of its own, a "whose" clause about it is an aside like "which", and a
territory in a parenthetical of up to three lower-case words after an item ("Denmark (on behalf
of Greenland)") is skipped. A negation between the copula and the signers' noun ("were not among
the signatories", "were never members") makes no cue.

Companions after the list may also follow "besides" / "in addition to" ("..., besides A, which
hosted it"), the dash closing a list set off by dashes ("- X, Y, Z - as well as A"), or the
list's own predicate ("X, Y and Z, the three largest producers, are all partners, as is A").
A signer named by an ordinal leads those "followed by" it ("A became the 26th signatory in May,
followed weeks later by X, Y and Z"; a cue is still needed, and a withdrawal such as
"denounce" is a counter), and launchers lead a list after ", with" ("A and B launched the
alliance in 2018, with X, Y and Z among the first to join"). The list's own clause vetoes it
for another role too (`counter_after`: "are in talks to accede", "are reported to be weighing
accession", "named as holdouts", "among laggards", "among those voting against", "resisted",
"attend as partners", "pushing for", "suspended budget support", "the most frequent targets",
"as the only ... outside"); "joined A in calling for" is no pact, and a list right after
"agreements with" names counterparts of bilateral deals (an end-anchored counter, so "X, Y and
Z signed partnership agreements with the alliance" keeps its cue). "Co-led by", an acronym
launched ("launched IRIS on the sidelines") and a "roster" or "membership" in apposition are
cues.

A named grouping or a count of states opening its clause and spelled out between dashes is a
cue (`apposition_head`: "The Visegrad Four — X, Y, Z and W — issued a common position"; "Four
more states — X, Y, Z and W — have aligned their rules"), unless a counter cue stands before the
head or in the clause after the closing dash ("— have applied for relief"), or the head is no
clause opener ("met by only five countries — X, Y, Z"). One party named after the list's own
predicate with a joining verb is a companion ("X, Y and Z founded the euro, with A following two
years later"; ", with A joining months later"; not ", with A abstaining"), a launcher's fellow
founders may be counted before a colon ("A launched the fund with three other founding partners:
X, Y and Z"), and "A today joined X, Y and Z in issuing" leads the list. The list's own clause
vetoes it when it is a ranking ("..., ahead of X, Y and Z"), shows interest ("X, Y and Z have
expressed interest in joining"), objects ("have all lodged objections") or blocks ("let X, Y and
a handful of others block it").

The list's own clause also vetoes it when it asks to join ("X, Y and Z have asked to join"),
names witnesses ("with A as mediator and X, Y and Z among the witnesses") or absentees with an
adverb after the copula ("were notably absent"), read past a relative clause about the list
("X, Y and Z, which had been hit by the same unit, were notably absent"). A subject counted among
the parties a list samples leads it ("A was one of 42 countries to sign the text, among them X, Y
and Z"), a long relative clause may stand between a subject and "were joined by", and "A and the
five Central Asian republics — X, Y, Z, W and V —" leads the list without "other" when the count
is its length. Cues: givers or signers "to" an instrument ("Contributors to the trust fund
include"), a signers' heading with its items set off by bullets on the same line ("Current full
members • X • Y • Z"), founders of a body ("set up the ... Forum", "a fund", "a bank"), and the
"co-sealed" of cyber advisories. Parliaments and state agencies "in" / "from" the listed states
act for them (`descriptor`), "projects in 22 countries, among them ..." names beneficiaries
(`counter_before`), and what a joint statement says after it ("issued a joint statement
accusing A of ...") is no counter to its signers.

Official lists come as extraction leaves them (`scrapers/extract`): one item, table row (cells
joined by tabs) or `<br>` line per line, with footnote markers split off by the tokenizer
("Kosovo*", "Taiwan¹"), region headings opening a line or an inline segment ("Africa: Ghana,
Kenya; Asia: ..."), rows flattened with pipes and dates in their cells ("Ghana | 2018; Senegal |
2016"), and footnote lines under the list ("¹ Kosovo joined in 2020.") kept out. A row's
cells may also be statuses (`cell_value`: "Vietnam | 2024 | Yes; India | 2024 | No") and its
name may be followed by a colon ("Lebanon: 12 March 2025; Jordan: 2 April 2025"); a name whose
row has only empty cells ("Viet Nam | — | —") has not signed and is left out
(`_without_empty_rows`). A column header naming the signed document is a cue ("ELSA participants
| letter of intent: France | July 2024; ..."), and so are a signers' heading with a source note
in brackets ("Coalition members (partial list, per the defence ministry):"), with the list's
order ("Members, by region — Africa: ..."), or with a time adverb before its bullets
("Contributors so far • X • Y"). A bullet list along a line ends at a dash ("Signatories: X • Y
• Z — W was not invited"), a parenthetical of up to ten tokens closing an item before a
semicolon or comma is skipped ("France (on behalf of its Indian Ocean territories); Japan"), and
an aside set off by dashes right after the list is read past for the cue after it ("X, Y and Z
- though the last is not a Forum member - were among those signing").

A companion after the list may be named with the act it shares (`companion_act`: "X, Y and Z
were joined by A in endorsing the declaration"; "X, Y and Z joined A as founding members of
...", the bare "joined A" only so, not "joined A in calling for"), or come last past the dash
closing the list, "and" and an aside, ending the sentence ("Among the endorsers: X, Y, Z — and,
after months of hesitation, A."). A principal may lead the list by "plus", its role set off by
commas ("A, its author, plus X, Y and Z"). Names an earlier enumeration already holds (its
companions: "X, Y and Z were among the signatories, alongside A, B and C") make no second list.

A list after "as did" takes up the act of the clause before it, and with it a refusal or
negation standing right before that act ("A declined to sign, as did X, Y and Z": no list). A
future act in an absolute clause or a headline, without a copula, is another role
(`counter_after`: ", with X, Y and Z expected to sign in the autumn"). A quantified relative
clause ("all of which", "most of whom") is an aside like "which" before companions ("X, Y and
Z, all of which ..., as well as A and B"). A count of bodies "from" the listed states between
dashes is an apposition head when the clause after the closing dash holds a signing cue ("Three
more units — from X, Y and Z — were admitted"; not "— were detained"). A signer named right
after a short lead holding the cue, set off by an aside and followed by "as well as", "along
with" or "together with", leads the list ("Signatories include A, which drafted the text, as
well as X, Y and Z"; "Among the endorsers were A and B, the two other ..., as well as X, Y").

A list right after "for" names beneficiaries ("Donors pledged $2bn for X, Y and Z": an
end-anchored counter, like "from" and "in"), parties "still at the table" are negotiating, not
signing (a counter after a copula or right after a cue ending in one), and "neither" / "nor"
right before a cue negate it like "never" ("have neither signed nor ratified it, among them X, Y
and Z"). A count of the places where something happens is no count of parties
(`place_before_count`, read only right before a count claim: "supports schools in nearly 90
countries, among them X, Y and Z"; "people in over 40 countries, including X, Y and Z, vote"; not
where an instrument holds: "accepted in 79 countries — among them X, Y and Z").

Session 8 (rounds 33-35). A pronoun subject opening the text ("They are X, Y and Z.", "Among
them: X, Y, Z") takes its antecedent from the sentence before, which decides; with none it is
read as the list the text is about. People who act for their states end the text before the
list ("his counterparts from X, Y", "by ministers from X, Y": only the office's "from" is
skipped, so "in the presence of ministers from" still names witnesses). A signing act taken up
by "as did" / "and so did" lets its subject lead the list ("A signed on Thursday, and so did X
and Y"; a refusal taken up is still none), and a pro-verb after a clause opener takes up the act
before it ("..., and that X, Y and Z were among the first to do so"). Asides inside a list are
read past: between dashes ("Tonga — represented by its crown prince — Vanuatu"), after "as well
as" (", as well as, surprisingly, A"), and a title before the last item ("and the host, A,").
An inline heading opens only after a separator, so a demonym's words ("the Peruvian foreign
ministry's website, are:") join nothing. "CITY:" opens a dateline when a clause follows the list
(not "BRICS: X, Y, Z."). Companions: an agent's company ("launched by A with X, Y and Z"), a
subject past an aside acting with a count of others ("A, which ..., signed alongside eight
importing countries, among them X, Y, Z"), "A and its partners — X, Y —", "A and N others
signed ... — X, Y among them", a follower past a relative clause or a dash aside signing
(", with A, which ..., signing"; not "signing as a witness"), and two groups joined in one
statement ("X, Y, Z were joined by A, B, C in a statement"). Cues: "put pen to paper", "renewed
their pact", "deposit ... instruments", "agreed on Wednesday to", "back A's declaration",
"latest signatures". Vetoes: witnesses ("in the presence of", "looked on"; not "whale-watching"),
leaving a bloc, asking for more time, "sent transport ministers". Temporal "while" ends the
list's clause like a comma, and "at which" opens one.

Session 9 (rounds 36-41). Most lists missed on unseen sets lacked one party, usually the
principal named around the list, so the rounds read companions in more places: fronted ("Alongside
the UAE, the signatories are X, Y", "Led by Uganda, the group brings together X, Y"; "Unlike
Norway, X, Y and Z signed" leaves Norway out), counted with the list it spells out wherever it
stands ("pairs the US with six Gulf states: X, Y, ..."), "one of N ... to sign, alongside X, Y"
past a bloc name modifying the noun ("nine EU member states") or a relative clause with a figure,
"joined India as lead co-sponsors", "was joined by the Baltic states, X, Y", past a dash aside
before "were joined by", "A and 16 others — among them X, Y —", "A signed first, then X, Y",
"..., and Colombia itself", "backed by X, Y — aside — and by A", and a pronoun for the sentence's
subject ("A hosted the meeting; X, Y and Z signed alongside it", "had joined it in signing").
A run closed by "and" ends before a name after a bare comma ("... and Eswatini, the Swiss
mission said"); a relative clause before the final "and" is an aside ("Taiwan, which signed as
an economy, and Chile, ..."); a relative clause of the cue noun is the list's own clause
("Qatar is not among the signatories, which include X, Y"); "while" and "whereas" open a clause
for a co-signer's lead too. Later rounds: "..., joining Kenya, which ratified in January",
"alongside host Vietnam", "was first to sign, followed by", "was joined by upwards of 20
countries, among them X, Y", an ordinal signer "following" its predecessors, ", and A became the
fifth signatory", "led a group of 16 countries, including X, Y", two fronted leaders ("Led by the
UK and India, ..."), a subject after a time adverbial or a vocative ("Senator, A is one of 11
..."), past an aside naming another party ("Denmark, signing on behalf of Greenland, joined
X, Y"), and the cues "initialled", "approved the text", "newcomers". Vetoes: requests to join
("have asked to join", "applied to join"), also past an apposition (", all with busy ferry
routes,"); "studying" the text.

Session 10. More companions around a list: the party joined, fronted with the verb inverted
("Joining Kenya in the core group were X, Y, Z"), the subject's own text co-signed by others
("Russia answered with its own statement, co-signed by X, Y, Z"), fellow founders counted as "a
core group of seven other countries: X, Y, Z", a subject list "joined at the launch in London
by X, Y, Z" past a longer predicate, "as well as from Spain" after "endorsements from ...", and
followers after "with" that add their name or that the cue names by status ("with Qatar and
Kuwait among first-time donors"; not "among the holdouts"). A count opening its sentence stands
for the signers named before it: "The eight are X, Y, Z", "The six — X, Y, Z — will share data"
("will not" is no future predicate). New cue: "align themselves with". The aside check for a
co-signer's modifier compares characters with characters (it had added a character offset to a
token index). Later rounds: initiators ("Spearheaded by A, ...", "The letter, initiated by
Prime Minister X of A and B's Y, was also signed by ..."), the subject after a fronted list
("Together with X, Y and Z, Canada signed"), "joined Canada on Monday in endorsing", "Belgium,
the host, was joined by countries such as X, Y", "A was among the first to sign, followed by",
"A is one of 32 signatories to the pledge, which also counts X, Y among its backers", a
headline's "X, Y and Z back Kinshasa peatland declaration", "Acceptances deposited: X | 2016;
...", a parliament's vote to ratify ("A's Congress voted 98-12 to ratify, joining X, Y"), a
companion taking up the act by its title ("..., as has the host, Canada") or past a semicolon
("...; so did Canada").

Session 11. Signers that have not ratified are still signers: "X, Y and Z have signed the
convention but not ratified it" and the heading "Signed but not yet ratified: X; Y; Z" (the
pending step's negation is cut from the words read after the signing cue). A "non-" prefix
undoes the cue it is glued to ("Non-signatories include", "Non-subscribing states include"), and
"didn't"/"refused to" before a cue undo it. More companions: several parties joined and fronted
("Joining New Zealand and France at the launch were ..."), a subject joining N others a few of
whom are named after a comma or dash, "A and 25 others have signed, a roster that includes X,
Y", "A and 16 other countries including X, Y" (no comma), "A is one of 42 members; others
include X, Y", a participle "joined on 17 January by A" after the list. List shapes: hyphen
bullets ("includes: - A - B - C", only when the left name has a bullet too), the last item named
by its role first ("..., Ukraine and the host, the United Arab Emirates"), ranges "through to",
a relative clause or an attribution between the signers' noun and its verb ("Among the early
ratifiers that helped trigger entry into force were", "The core group, officials say,
includes"), list headings of up to eight words with no negation ("New members announced at the
ministerial meeting in Montreal:"; not "Members that did not sign:"), and a status of all the
items set off by commas ("A and B, both UN observer states, endorsed the call, as did C").

Session 12. "followed by" continues a list whatever the followers' number ("..., followed
within hours by X, Y and Z": the eval README's convention; a new clause after a semicolon still
starts a new list). Outsiders are no signers, named in a heading or before the list ("Members
that left or were designated inactive:", "The emitters that remain outside the pledge — X, Y,
Z —", "still lacks ..., notably X, Y and Z", "countries in the accession process (e.g. X, Y,
Z)"). Flattened tables: status and act cells (`status_cell`: "| Draft;", "| accession |", "24
Sep 2012 a") and empty cells ("Afghanistan | | 24 Sep 2012") are skipped between rows, while a
status word may still head a column ("State | Ratification:"); a share is a cell too ("|
20%;"). Companions and leads: the host joined by N others in an act, then a sample ("was joined by 43 other countries in signing the
pact that day, among them X, Y"); a source or a live blog's timestamp before the subject
("Downing Street says A and 104 other countries ...", "12:50 IST — A launched ..."); co-chairs
by title; a bracketed date after the first signer; "were among those who signed, along with";
a launcher's "core group that included"; "on the same day as"; a longer act after "Joining A";
"as well as" past a dashed aside. Cues: up to four words before a members noun ("is one of 42
FOC members"), up to ten before "by" after "launched", a date after the signers' noun ("New
partners since 2011 —"), and a bracketed list after it ("The earliest ratifiers (X, Y, Z) will
sit on ..."); hyphen bullets before "the". A gapped list, the act and its date given with the
first item only ("The Gambia acceded in 1966, Côte d'Ivoire in 1970 and Eswatini only in
1991"): a date trailing an item is glue (not before a semicolon), and the first item is a
co-signer. The people who signed for the items may be named between them ("Presidents William
Ruto of Kenya, Cyril Ramaphosa of South Africa and ...", "Argentina's Javier Milei, Uruguay's
Yamandú Orsi", "Shavkat Mirziyoyev (Uzbekistan), Kassym-Jomart Tokayev (Kazakhstan)"); "all in
attendance" after them is a counter.

Session 13. Leads and companions: a signer whose own act the list followed leads it ("A ratified
the treaty in 2019, followed by X, Y and Z"; "first endorsed by A, followed by ..."), as does the
subject of a founding or signing act past the act's object ("The UK has launched a Global
Coalition on Telecommunications with X, Y and Z"; "A and B unveiled the pledge in September
alongside seven other countries: X, Y, ..."), a body's leader ("A chairs the alliance, which
also includes X, Y and Z"), a subject compared with the list ("A, like X, Y and Z, has
endorsed"; "Like X, Y and Z, A has endorsed"), the first agent before co-signers ("signed by A
and co-signed by X, Y and Z"), the first signers before those following in the same clause
("A and B were the first to sign, with X, Y and Z following"), a signer named by its government
("The Government of A has endorsed ..., joining X, Y"), in reported speech after "noting that",
joined "as founding members", or joined by "N other countries and regions when ...", and a
leader named by state and office before "the leaders of" the list ("U.S. President Donald Trump
and the leaders of X, Y and Z signed"); a name glued by a hyphen ("the US-led declaration") is
no co-signer. Datelines may have two parts ("SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) - ").
Cues: a relative "which (also) includes" after a body's noun; a time after the members' noun
("New members this year include"); a bracketed sample after it ("The group's members (among
them X, Y, Z) meet"); a group's name with "of" but no article, past a founding aside ("The Group
of Friends of the Pandemic Treaty, formed in 2021, includes"); "inked", "threw their weight
behind", "subscribers"; a core group spelled out after "by". More leads: the host by its role
("Host Togo was joined in signing by"), drafters named in an aside before the co-signers ("The
letter, drawn up by A and B, was co-signed by X, Y and Z"), the subject counted with a pair ("A
was one of only three African countries, with X and Y, to sign"), a follower into the act of a
pair ("A and B later joined, followed by C"). A name after the closing dash that ends the
sentence ends the list ("... — X, Y and Z — and the European Union."). Counters: "absentees",
"stayed off the list", "have done neither", "were among the ten that did not", drafters in an
absolute clause ("with X, Y and Z drafting the annex"), a joint statement that they will never
join; a second predicate of reported speech after the act ("signed the pact and said they would
not seek exemptions") does not undo it.

Session 14. A modal in a relative clause on the object of a completed act says what the object
will do ("have joined the agreement that will fund the tribunal, among them X, Y"), not that the
list has yet to act; a future act on the list's own subject is a counter ("Countries that will
sign include X, Y and Z"). "Against" after an instrument noun is its topic ("the treaty against
landmines", "framework against disinformation"), not a vote against. An office set off by a
comma ("Three more ministers, from X, Y and Z, signed"); a spaced hyphen after the members'
noun ("Its members - X, Y and Z - met"; members are members whatever they did, the eval
README's fourteenth-session convention); the launcher of a counted grouping leads the members
named after it ("A unveiled a coalition of eight countries — also including X, Y and Z"). A
text the listed parties issued is their act whatever it says ("The leaders of X, Y and Z issued
the Wilmington Declaration"; "issued a statement criticising ..."). A heading that turns to
other parties ends the list and heads none ("... • Iraq. Still outside: China, India";
"Not endorsed:", "Pending:", "left:"). A body named by a proper name after "founded",
"launched" or "make up" ("make up the CTI-CFF"); the party a list joined in an act ("X, Y and Z
joined Brazil in pledging money", not "joined the EU in 2004"); a table row whose only cells say
"no" or "✗" has not acted ("Country | Signed: A | yes; B | no"); the chairs of a body lead its
members ("co-chaired by A and B, and its members include X, Y and Z").

Session 15. The joint-text cues, the headings of outsiders and a place in a sequence ("the
fourth country to sign, after X, Y and Z") are roles of `enumeration_cues.jsonl` (`text_cue`,
`outsiders_heading`, `sequence_cue`). Parties leaving undo a list ("With the exit of X, Y and
Z"), and so do formal rejections and "among those that did not". A subject linked to the list
by its own clause leads it: "teamed up with", "and fellow founders", "joins X, Y as a
signatory", "signed ..., and X, Y and Z also signed", "launched the coalition, which X, Y and Z
have joined" (not past a semicolon), "as host, signed first, with X, Y signing later", "was the
first to ratify, and X, Y and Z have since followed", "and its allies, including", "and 60
partners ..., among them", "championed the declaration, which was also signed by"; a tabler
before counted co-sponsors; a host joined by a group's other members plus named outsiders. A
name that only qualifies a group noun is no companion ("the first EU members to ratify, as was
the EU itself"); counted signers set off by dashes stay signers whatever they will do next; a
range of two names a side right after a count samples it ("15 partner countries, from X and Y
to Z and W"); status tables flattened with pipes ("Country | Status: A | ratified 2014");
"Signatories that never ratified:" heads signers; the group a list is drawn from ("Of the 100
delegations that gathered, X, Y and Z were among the signatories") is not its act; "but not"
before another object of the act is no negation ("signed the declaration but not the treaty").

Session 16. Lists that "have yet to ratify" (or "are among the signatories whose legislatures
have not ratified", "signed but have yet to ratify") are signers; "have long opposed", "are
among the handful of UN members that never signed", "have since lodged applications", "expect
X, Y and Z to join", "— ... — remaining outside", "at the summit table" and a heading of those
missing ("Still missing from the list:") undo one. ", as" right before a list opens its own
clause; a relative clause about one item does not end a list; a description of the list
between commas does not hide its predicate; a counter in the list's own clause vetoes a cue
taken from the sentence before. Companions: "A and B were joined by C in signing", "A and B
signed, joining C", "have since been joined by D" (one name completes the list, three or more
are a later wave), "Joining the US and its partners in the campaign are", "together with the
heads of government of", a predicate of up to 90 characters before "alongside", a sponsor "on
behalf of" its group before co-sponsors; two samples of one act's parties after their own group
nouns are one list (`_merged_samples`). New cues: new members after a participle ("New members
announced at COP28 included"), "issued their own statement", members of a governing board
("sit on the steering committee"), states intervening in a case.

Session 17, read as articles are read (`score.py --as-articles`): a list with a predicate of
its own takes no cue from the sentence before unless its sentence takes that one up
(`_takes_up`: little else besides the list, a question before, a pronoun or a heading before
it, a member's head such as "Its members, among them" — `take_up_head` — or a taking-up
predicate after it such as "followed" — `take_up_predicate`); a blank line after a line of
prose ends a list whatever opens the next paragraph, and a bulleted or numbered list ends at a
paragraph without a bullet (`_paragraph_ends_list`, `_prose_line`); a dateline's country is no
item of the list its dash opens (`_ends_dateline`). Rules: intentions ("intend to") and parties
"still outside" a treaty are counters; a grouping's apposition is read past a verb of saying;
"Alongside host Finland,"; the leaders of a body "whose other members include" the list; donors
"announcing new money"; "signed with reservations"; "announced their support"; "declared the
establishment of"; a pledge's "early participants"; roles in a roster's cells ("| co-lead").

Session 18 (sets 240-271). Runs: a group of parties named by a noun is one unknown item of a
list ("..., the Baltic states and the UK", `_without_unknown_item`); a list whose names a later
list takes in as co-signers is dropped ("Besides A, B and C, the signatories include ...",
`_find`). Cues: a list that is the object of its subject's second verb after ", and" keeps the
cue before it ("Its 53 signatories came largely from Africa, and included X, Y and Z",
`_SHARED_SUBJECT_INCLUSION`); a statement's "core group of"; "In a joint statement,"; "The 27
included"; members an arrangement calls participants ("are among the MPIA's participants", "the
pledge's participants include"); "brought in"; "established ... by"; "were among the early
ratifiers"; "New participants announced at COP28: X; Y; Z". Co-signers: the party a person
signed for ("signed for A alongside counterparts from X, Y"), with an office's "from" no counter
in the link; the subject of a signing act past its own words before "followed by"; companions
counted with "N other" donors before ", with"; a launcher's "six partners" spelled out after a
dash. Counters: holdouts in an absolute clause (", with X and Y holding out"), staying away "at
first", parties "invited to sign" or "seen as the likeliest candidates", "Notable absentees from
the signatory list", a holdouts' sentence whose signing verb is past a semicolon; an attendance
count in the sentence before vetoes nothing (`_spells_out_attendance`). Not cues or counters:
"legally binding", "work together against".

Session 19 (sets 272-303). Runs: a table row whose status cell opens with "not" or "never" has
not acted ("India | not signed", `_empty_row`); a list that goes on past an apposition about its
first part ("A, B and C, the host's partners in launching it, as well as D, E and F") is one list
(`_SECOND_SAMPLE_GLUE`). Cues: "Participants now include"; "issued an international statement";
backers of a measure named in lower case ("X, Y, Z back deep-sea mining pause"); "championed
by"; "Among the 27 were X, Y and Z, but not A or B" (a "but not" coda is no clause of the list's
own, `_BUT_NOT_CODA`). Co-signers: the office of a party stands for it ("Norway's foreign minister
was the first to sign, followed by", `_POSSESSIVE_OFFICE`); a fronted companion needs no cue of
its own ("Alongside Russia, its partners in the CSTO — X, Y, Z — have all signed up") and a
fronted phrase may end in a short adverbial ("Launched by Germany in 2022 with 14 other members,
the initiative now counts ... including", `_FRONTED_ADVERBIAL`), the cue's own words no counter;
an office's "in" is no counter ("endorsed by agencies in X, Y", `_without_office`); a tabler
before "N co-sponsors, including"; "and more than 40 other countries, among them"; the subject
that is "one of the N" before "The others are" (`_one_of_the_others`); "Ukraine was joined in
signing by countries ranging from X and Y to Z", and a range's first end may sample a group
("ranged from G7 members such as X, Y and Z to A and B", `_range_head`); "but also" goes on with
the list. A status the list has left behind is an aside ("X, Y and Z, long holdouts, signed on",
`_STATUS_ASIDE`); "making commitments", "renewed commitments", a roundup's "Who's in:" / "IN:"
box (its "OUT:" box ends the list), "remains in the <Body>, alongside" and "a trilateral
arrangement between" cue; the founder of a body before the members it now has is one of them
("founded by Japan in 2017, now has 68 members, including", `_FOUNDED_BY_END`; not "led by" or
"initiated by", on which the sets split); a party a minister "signed on ... behalf" of. A heading
on a line of its own between bullet groups starts a new list when it is a list's heading
("G20 invitee countries supporting the GBA (4):", `_paragraph_ends_list`; its colon may be glued
to a bracket). Counters: "leaves out", "at odds with", "were the
only members ... that did not", "are among 33 UN member states outside the treaty", "the pledge
needs X, Y and Z on board", "though none of them signed it" (`_NONE_OF_THEM_ACTED`; not
"ratified": signers whose ratification is pending stay signers), "had already expressed
interest, among them", "partners such as X, Y and Z have funded".

Session 20 (sets 304-315). Cues: present-tense participants named right after the word are an
arrangement's members ("Participants include", "The participants — X, Y, Z — endorsed"; not a
summit's, a round's or talks', nor past-tense "Participants included"); "Members of the X,
among them"; "are part of the group"; "The participating countries and regions of the Friends
Group (49) are as follows:". Runs: a body's size before the next item does not cut the list
("and the 27-nation European Union", `_without_size_modifier`, `_SIZED_GLUE`); a paragraph of
prose after a line of names only ends the roster (`_prose_after` in `_paragraph_ends_list`: an
official page's "Argentina, ..., United States" then "Brazil, India and Indonesia, which took
part ..., have been invited to join"). Co-signers: founders glued together and a venue before
the members a body now has ("co-founded by Denmark and Costa Rica at COP26, counts a dozen
members, among them", `_NOW_HAS_MEMBERS`); companions after a long predicate of the list (the
`_ALONGSIDE_LINK` reach); "joins other Latin American members of the Coalition, including"; a
second agent after a comma is no lower-case aside ("by the US, the EU and seven other
partners, among them", `_PARTY_ASIDE`). Counters: "worked closely with", "are still
negotiating their accession".

Session 21 (sets 316-321, whole articles). The signers' noun right before the names labels
them, whatever they will do next ("Non-EU signatories X, Y and Z will implement it",
`_NAMED_SIGNERS_END`; not "New members X, Y and Z will join"); launchers lead the founding
members named "together with" them; a dateline whose city has an accent ("NOUMÉA, New
Caledonia –", `_CAPS`) is no list item; the subject joining parties named by their relation
("joins its neighbours X, Y and Z as members"), or in a quote (`_OPENING_QUOTES`); "the
fourth West African country in the campaign, after"; "signed ..., together with the leaders
of"; non-members of a body that are party to its convention. Counters: "suspended their
participation", "like to see". Signature blocks (`_signature_blocks`): one signer a line under
a heading such as "The declaration was signed by:", the party after person and office or after
"For". Measured and left out: an appeal with an infinitive after the list ("expect partners
such as X, Y and Z to table commitments"): one visible row better, one never-opened row worse.

Speed: token columns come from `nlp.components.columns` (read once per Doc for the whole
pipeline), entity bounds from `doc.user_data` (no Span objects), token facts from
`LexemeFlags` over a whole batch of Docs at once, and most pairs of names are settled from
running counts in O(1); only the rare odd gap is read token by token. Roles are a getter over
the list items' starts (`nlp.components.entities.role_of`), so nothing is stored per span.

Three is the threshold because two names joined by "and" are routinely incidental ("Russia and
China"), while three or more with a signing verb are, in press copy, a list of parties. Lists
of participants, attendees, observers or voters are not enumerations: DESIGN.md counts only
signatories and endorsers (members and new joiners included).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from nlp.components import columns
from nlp.components.entities import SIGNATORY_KEY, role_of
from nlp.components.lexflags import LexemeFlags
from nlp.models import Enumeration
from nlp.numbers import parse_number

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
ENTITY_KEY = "tally_entities"
BOUNDS_KEY = "tally_entity_bounds"  # (start, end, label) per entity span, set by tally_entities
USER_DATA_KEY = "tally_enumerations"  # plain dicts, so Doc.to_bytes (and n_process > 1) keeps them
_ROLES = (
    "cue",
    "counter",
    "glue",
    "counter_before",
    "cell_value",
    "claim_link",
    "list_claim_link",
    "attendees",
    "counter_after",
    "reversal",
    "negation",
    "co_signer_link",
    "contrast",
    "descriptor",
    "pro_verb",
    "concession",
    "heading_exclusion",
    "apposition_head",
    "companion_act",
    "place_before_count",
    "clause_opener",
    "status_cell",
    "text_cue",
    "outsiders_heading",
    "sequence_cue",
    "take_up_head",
    "take_up_predicate",
)
# Tokens that may open a list item on its own line.
_BULLET = re.compile(r"^(?:[•●▪‣◦○·*\-–—+>]|\d{1,3}[.)]?|[a-z][.)]|[.;:,)(])$")
# What `_after_heading` / `_without_parentheticals` / `_after_item_aside` skip, and cell
# separators ("Ghana | 2018").
_INLINE_MARK = re.compile(r"[:;()|–—]|[ ]*\t\s*")
_CELL_SEPARATOR = re.compile(r"[|–—]|[ ]*\t\s*")  # between the cells of a row on one line
_SUPERSCRIPT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_MAX_INLINE_GAP = 5  # ", and the", ", as well as the"
_MAX_GAP_TOKENS = 16  # an item trailer, a line break and a bullet fit well within this
# A verb of saying: what follows is what the parties said, not their own act's modality.
_REPORTED = re.compile(
    r"\b(?:said|say|says|told|warned|announced|stated|declared)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s|\s(?:while|whereas)\s", re.IGNORECASE)
# A relative clause about a co-signer says nothing against the shared act: "Czechia, which
# hosted the conference, was joined by X, Y and Z in endorsing".
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:(?:all|both|each|most|many|several|some)\s+of\s+)?(?:which|who|whom)\b[^,;:.]*,",
    re.IGNORECASE,
)
# A list right after "as did" takes up the act of the clause before it: when a refusal stands
# right before that act ("A declined to sign, as did X, Y and Z"), the list refused too.
_AS_DID_END = re.compile(
    r",?\s*(?:as|and\s+so)\s+(?:did|do|does|have|has|had)\s*(?:the\s*)?$", re.IGNORECASE
)
_FROM_END = re.compile(r"\bfrom\s*(?:the\s*)?$", re.IGNORECASE)
_REFUSAL_WINDOW = 25  # characters before the taken-up cue read for a refusal or negation
_FRONTED_PARTITIVE = re.compile(
    r"^\s*of\s+(?:the|those|these|its|their|some|about|around|roughly|nearly)\b[^,;:]{0,100},\s*",
    re.IGNORECASE,
)
_CUE_LEAD_TAIL = re.compile(
    r"\s*(?:include|includes|included|are|were|is|was|comprise|comprises|:)?\s*(?:the\s*)?",
    re.IGNORECASE,
)
# "but not" before another object of the act, not before a verb ("but not ratified", "but not
# yet signed" still negate).
_BUT_NOT_OBJECT = re.compile(
    r"\bbut\s+not\s+(?!(?:yet|ever|formally|officially)\b|[a-z]+(?:ed|ing)\b|(?:sign|ratify|join|endorse"
    r"|back|adopt|accede|adhere|approve|accept)\b)(?:the|its|their|a|an)\s[^,;.:]{0,60}",
    re.IGNORECASE,
)
_INFINITIVE_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
# ... and so does one about its people or parts: "Fiji, whose premier skipped the summit, was
# listed among the endorsers alongside X, Y and Z" (read only around a co-signer).
_CO_SIGNER_ASIDE = re.compile(
    r",\s*(?:which|who|whose)\b(?:[^,;:.]|(?<=\d)[,.](?=\d))*,", re.IGNORECASE
)  # (figures keep their separators: "some 500,000 stateless people")
# A date or short note in brackets right after a co-signer: "Liechtenstein (8 May 2012) was the
# first to ratify, followed by X, Y and Z".
_BRACKET_ASIDE = re.compile(r"\s*\([^()]{1,40}\)(?=\s*(?-i:[a-z]))", re.IGNORECASE)
# An aside right after a co-signer, closed by a comma: a relative clause, or a short apposition
# opening in lower case ("Chile, home to some of the largest observatories, launched ...").
_PARTY_ASIDE = re.compile(
    # (not a list's next item: "by the US, the EU and seven other partners, among them")
    r",\s*(?:(?:which|who|whose)\b(?:[^,;:.]|(?<=\d)[,.](?=\d))*|(?!the\s+(?-i:[A-Z]))"
    r"(?-i:[a-z])[^,;:.]{0,60}?),"
    r"(?=\s*(?-i:[a-z]))(?!\s*and\b)",  # (not "Chile, which chairs it, and 12 other nations")
    re.IGNORECASE,
)
_RELATIVE_PRONOUNS = frozenset({"which", "who"})
_MAX_SUBJECT_VERB_GAP = 3  # words between a subject and its cue ("Canada on Monday signed")
_MAX_FRONTED_WORDS = 4  # "Apart from the", "Together with" before a fronted companion
# A relative clause about a list item before the final "and": ", which signed as an economy,
# and".
_ITEM_RELATIVE = re.compile(
    r"\s*,\s*(?:which|who)\s+[^,;:.()—–\d]{1,60},\s*(?:and|&)\s*(?:the\s*)?", re.IGNORECASE
)
# ... or inside the list, with more items after the next one: "Afghanistan, which reversed its
# position at the last minute, the United Kingdom, France, Germany and Lebanon".
_ITEM_RELATIVE_MID = re.compile(
    r"\s*,\s*(?:which|who)\s+[^,;:.()—–\d]{1,60},\s*(?:the\s*)?", re.IGNORECASE
)
# "A, B and C signed alongside it", "had joined it in signing": the pronoun stands for the
# sentence's subject.
_PRONOUN_COMPANION = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:alongside|along with|together with)\s+it\b|"
    r"joined\s+it\s+(?:in\s+[a-z]+ing|as)\b)",
    re.IGNORECASE,
)
# "..., and Colombia itself": the party closing the list names itself as one of them.
_ITSELF = re.compile(r"\s*itself\b", re.IGNORECASE)
# A relative clause of the cue noun that names the list: "the signatories, which include".
_RELATIVE_LIST_CLAUSE = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:now\s+)?(?:include|includes|included|are|were|comprise|comprises)"
    r"\s*(?:the\s*)?",
    re.IGNORECASE,
)
# An apposition about a list closed by a comma: ", all with busy ferry routes,".
_LIST_APPOSITION = re.compile(
    r",\s*(?:all|both|each|most|several)\b[^,;:.]{0,60},"
    # ... or a description of the group: ", the five permanent members of the U.N. Security
    # Council, have long opposed the pact" (session 16)
    r"|,\s*the\s+(?:[\w'’.-]+\s+){0,6}?(?:members|states|countries|nations|powers|economies)\b"
    r"[^,;:]{0,40},",
    re.I,
)
# A later clause that says none of the listed parties acted (session 19).
_NONE_OF_THEM_ACTED = re.compile(
    r"\bnone\s+of\s+(?:them|these|those|the\s+(?:three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?:(?:has|have|had|did|was|were)\s+)?(?:yet\s+|so\s+far\s+|ever\s+)?"
    # (not "ratified": "X, Y and Z all signed, but none of them has ratified" are signers)
    r"(?:signed|joined|endorsed|backed|acceded|adopted|subscribed)\b",
    re.IGNORECASE,
)
# Parties set apart right after a list: "..., but not Israel or Singapore" (up to its comma).
_BUT_NOT_CODA = re.compile(r"^\s*(?:but|and)\s+not\s+[^,;.:]*,?\s*", re.IGNORECASE)
_THOSE_WHO = re.compile(r"\bthose\s+(?:who|which|that)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose)\b", re.IGNORECASE)
# A companion in the act: "... alongside Canada" ending the text before a list, or between a
# list and the party that ends its clause.
_ALONGSIDE_END = re.compile(
    r"\b(?:alongside|along with|together with)\s*(?:the\s*)?(?:(?:host|co-?host|chair)\s*)?$", re.I
)  # ("Signing alongside host Vietnam were X, Y and Z")
# The office of the party that acted, standing for it: "Norway's foreign minister was the first
# to sign, followed by X, Y and Z" (the office's words are read as the party's); or its behalf:
# "signed on Ghana's behalf alongside counterparts from X, Y and Z".
_POSSESSIVE_OFFICE = re.compile(
    r"['’]s\s+(?:(?:[\w-]+\s+){0,2}?(?:minister|president|prime\s+minister|premier|chancellor|"
    r"ambassador|envoy|delegation|delegate|representative|government|cabinet|ministry)|behalf)\b",
    re.IGNORECASE,
)
_BULLET_MARKS = " \t\n•·*▪◦-–—"  # a bullet line's marks and spaces
# The rest of a count the subject of the sentence before is "one of": "Tonga is one of the eight
# countries that have ratified it. The others are: X, Y, Z" (the subject is one of the list).
_THE_OTHERS_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:others|other\s+[\w-]+(?:\s+[\w-]+)?|rest)\s+"
    r"(?:are|were|include[sd]?|comprise[sd]?)\s*:?\s*(?:the\s*)?",
    re.IGNORECASE,
)
_ONE_OF_THE = re.compile(
    r"^[^;:]{0,60}?\b(?P<verb>is|was|became|becomes)\s+(?:one\s+of|among)\s+(?:the\s+)?"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+[^;:]*$",
    re.IGNORECASE,
)
# The founder of a body before the members it now has: "The Group of Friends, founded by Japan
# in 2017, now has 68 members, including X, Y and Z" (the founder is a member; a body "led by",
# "chaired by" or "initiated by" a party is left as the sets have it, which split on it).
_FOUNDED_BY_END = re.compile(
    r"\b(?:co-?)?(?:founded|launched|created|set\s+up|established)\s+by\s*(?:the\s*)?$",
    re.IGNORECASE,
)
_NOW_HAS_MEMBERS = re.compile(
    # (a time or a venue after the founders: "in 2017", "at COP26", "in Paris in 2015")
    r"\s*(?:(?:in|at|during)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+\s*){0,2},\s*"
    r"(?:now\s+|today\s+|currently\s+)?(?:has|counts|numbers|includes|"
    r"comprises|brings\s+together|groups|gathers)\s+(?:(?:some|about|around|nearly|more\s+than|"
    r"over)\s+)?(?:\d{1,3}|[a-z-]+)\s+(?:[\w'’-]+\s+){0,2}?(?:members|countries|states|nations|"
    r"governments|partners|signatories|participants|parties)\s*,?\s*(?:including|among\s+them|"
    r"such\s+as)\s*(?:the\s*)?",
    re.IGNORECASE,
)
# A companion fronted before the sentence's list: "Alongside host Finland, the signatories are".
_FRONTED_COMPANION = re.compile(
    r"\s*(?:alongside|along with|together with|in addition to|besides|joining)\s*(?:the\s*)?"
    r"(?:(?:host|co-?host|chair|convener)\b\s*)?",  # "Alongside host Finland, ..."
    re.IGNORECASE,
)
# ... and the adverbials that may close such a fronted phrase before its comma.
_FRONTED_ADVERBIAL = re.compile(
    r"\s*(?:in|on|at|during|with|since|last|this)\b[^,;:.—–]{0,60},", re.IGNORECASE
)
# ... and a fronted comparison the subject takes up in its own act: "Like X, Y and Z, Mexico has
# endorsed it" (not a companion before a list: "Like Norway, ..." is the list's first item).
_FRONTED_LIKE = re.compile(r"\s*like\s*(?:the\s*)?", re.IGNORECASE)
# ... and the party joined, fronted with the verb inverted: "Joining the U.S. were X, Y and Z",
# "Joining Kenya in the core group were X, Y and Z" (the lead and the link to the list).
_FRONTED_JOINED_LEAD = re.compile(r"\s*joining\s*(?:the\s*)?", re.IGNORECASE)
_FRONTED_JOINED_LINK = re.compile(
    # ("Joining the United States and its partners in the campaign are X, Y and Z")
    r"\s*(?:and\s+(?:its|their)\s+(?:partners|allies)\s+)?"
    r"(?:(?:in|at|on|as)\s+[^,;:.—–]{1,80}?\s*)?(?:are|were|is|was)\s*(?:the\s*)?"
    # ... past the companions' description: "... in signing were close allies including X, Y"
    r"(?:(?:[\w'’-]+\s+){1,3}?(?:including|such as|like|among them)\s*(?:the\s*)?)?",
    re.IGNORECASE,
)
# ... and a leader so fronted: "Led by Uganda, the group brings together X, Y and Z" (a list of
# leaders may follow it: "Co-led by A, B and C, the mission aims ...").
_FRONTED_LEADER = re.compile(
    r"\s*(?:co-?)?(?:led|chaired|headed|convened|spearheaded|initiated|launched) by\s*(?:the\s*)?",
    re.IGNORECASE,
)
_FRONTED_CONTRAST = re.compile(
    r"\s*(?:unlike|except for|apart from|other than)\s*(?:the\s*)?", re.IGNORECASE
)
# ... as the whole lead of a list: "Unlike Norway, " (one name, then the comma).
_FRONTED_CONTRAST_LEAD = re.compile(
    _FRONTED_CONTRAST.pattern + r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s*,\s*",
    re.IGNORECASE,
)
# The preposition of a companion's act repeated after "as well as" ("endorsements from A, B and
# C — as well as from Spain"): no place or origin of the list (not read by the counter cues).
_COMPANION_SOURCE = re.compile(r"(?<=\bas well as)\s+(?:from|by)\s*(?:the\s*)?$", re.IGNORECASE)
_ALONGSIDE_LINK = re.compile(
    r"[^.;:]{0,120}?\b(?:alongside|along with|together with|besides|in addition to"
    r"|(?:on|in) the same (?:day|week|month|ceremony) as)\s*(?:the\s*)?"
    # ... a companion's title may stand before its name: "..., alongside host Kazakhstan".
    r"(?:(?:(?:co-?)?(?:host|chair)s?|fellow\s+[\w'’-]+|founding members?)\b\s*(?:,\s*(?:the\s*)?)?)?"
    r"|[^.;:]{0,100}?\b(?:were|was|(?:have|has)(?:\s+(?:since|also|now|already|recently))?\s+been"
    r"|are|is) joined\b[^.;:]{0,40}?\bby\s*(?:the\s*)?"
    # ... or a participle after a comma: "X, Y and Z became partners on 1 January, joined on
    # 17 January by A"
    r"|[^.;:]{0,100}?,\s*(?:later\s+|since\s+|then\s+)?joined\b[^.;:]{0,40}?\bby\s*(?:the\s*)?"
    # ... or the earlier signer the list joined: "X, Y and Z signed the pledge in Glasgow,
    # joining the US and 100 other countries"; "were among the first to join the UK in"
    r"|[^.;:]{0,100}?(?:,\s*joining|\bto join)\b\s*(?:the\s*)?"
    # ... past the list's own predicate ("X, Y and Z, the three largest producers, are all
    # partners, as is A"), or past the dash closing a list set off by dashes ("- X, Y, Z - as
    # well as A, which joined as a bloc").
    r"|[^.;:]{0,100}?(?:,|(?:^|\s)-\s|[—–])\s*(?:as (?:did|has|have|is|are|was|were|does|do)|and so did|as well as(?:\s+(?:from|by)\b)?|plus)"
    # ... the companions may be named by a status first: "..., as have importers such as A, B";
    # or by a title: "..., as has the host, Canada".
    r"\s*(?:the\s*)?(?:(?:[\w'’-]+\s+){0,2}?(?:such as|including|like)\b\s*(?:the\s*)?"
    r"|(?:host|co-?host|chair|convener|organi[sz]er)(?:\s+(?:country|nation|government))?\s*,\s*)?"
    # ... also past a semicolon: "X, Y and Z signed on Monday; so did Canada".
    r"|[^.;:]{0,100}?;\s*(?:and\s+)?so\s+(?:did|has|have|was|were|does|do)\s*(?:the\s*)?"
    # Followers of the list: "X, Y and Z were among the first signatories, followed later in
    # the day by A"; also a second wave of its own: "..., followed within hours by X, Y and Z".
    r"|[^.;:]{0,80}?,\s*followed\b[^.;:,]{0,40}?\bby\s*(?:the\s*)?"
    # A second group named by its status: "donors such as X, Y and Z, and host countries
    # including A, B and C"; "large economies such as X and Y as well as smaller A and B";
    # "signed by X, Y and Z, as well as by A".
    r"|\s*,\s*and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:such as|including|like)\s*(?:the\s*)?"
    r"|\s*,?\s*as well as(?:\s+|$)(?:by\s+|from\s+)?(?:the\s*)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:such as|including|like)\b\s*(?:the\s*)?|(?:[a-z][\w'’-]*(?:\s+|$)){0,2})"
    # The party the list joins: "X, Y and Z ratified the treaty on Thursday, joining A, which
    # ratified in January".
    r"|[^.;:]{0,120}?,\s*joining\s*(?:the\s*)?"
    # A second signing act of the same clause: "backed by X, Y and Z and co-sponsored by".
    r"|\s*,?\s*and\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:co-?)?"
    r"(?:sponsored|backed|endorsed|signed|supported|ratified|adopted)\s+by\s*(?:the\s*)?"
    # ... or the same act's agent taken up: "backed by X, Y and Z — aside — and by A".
    r"|\s*,?\s*and\s+(?:also\s+)?by\s*(?:the\s*)?",
    re.IGNORECASE,
)
# What may follow a companion named after the list before its clause ends: "..., were joined by
# Serbia later that year, creating ..." (a few words, then a clause break).
# A dash may close it too: "X, Y and Z — the pact's co-founders alongside A — want ...".
_COMPANION_TRAILER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,4}?[\w'’-]*\s*(?:[,;.—–]|\s-\s|$)|\s*$"
    # ... or a count of the others with it: "..., joining the US and more than 100 other countries"
    r"|\s*and\s+(?:(?:more\s+than|over|some|nearly|about|around|at\s+least)\s+)?(?:\d{1,3}|[a-z-]+)"
    r"\s+other\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:[,;.—–]|$)"
    # ... or what they have in common: "..., joining Ukraine as the only former Soviet
    # republics outside the Baltics to do so" (session 16)
    r"|\s*as\s+(?:the\s+)?(?:only|first|last|latest|other)\b[^.;:]{0,80}(?:[.;]|$)"
)
# A party that came after the list into the same act, past the list's own predicate: "X, Y and
# Z founded the euro, with A following two years later"; "X, Y and Z signed the declaration,
# with A joining months later" (the verb must follow the name:
# ", with A abstaining" names no companion).
# The list joining a party in its act: "X, Y and Z joined A as founding members of ..." (taken
# only with a `companion_act` right after A).
# (Also "X, Y and Z joined Brazil in pledging ...", taken with `_IN_ACT` after the party.)
_JOINED_LINK = re.compile(
    r"\s*(?:(?:has|have|had|also|then|later|formally|officially|now|quickly|swiftly)\s+){0,3}"
    r"join(?:ed|s)\s*(?:the\s*)?",
    re.IGNORECASE,
)
# The dash closing a list, "and" and an aside, then one last companion ending the sentence:
# "Among the endorsers: X, Y, Z — and, after months of hesitation, the United States."
_DASH_AND_LINK = re.compile(
    r"\s*(?:[—–]|\s-\s)\s*and\s*,\s*[^.;:,—–]{1,60}?,\s*(?:the\s*)?", re.IGNORECASE
)
# What a companion of a list too short on its own must share with it: the act taken up ("as
# did Z") or the list itself continued ("as well as Z").
# A second predicate of reported speech after a signing act ("... signed the pact and said
# they would not seek exemptions"): the negation in what was said does not undo the act.
_SPEECH_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?:(?:also|then|later|jointly)\s+)?(?:said|says|announced|added|stated|"
    r"pledged|vowed|promised|called|urged|warned|noted|stressed|insisted)\b",
    re.IGNORECASE,
)
_JOINING_END = re.compile(r",\s*joining\s*(?:the\s*)?$", re.IGNORECASE)
_LATER_WAVE = re.compile(r"\bsince\s+been\s+joined\b", re.IGNORECASE)
_JOINED_BY_END = re.compile(r"\bjoined\b[^.;:]{0,40}?\bby\s*(?:the\s*)?$", re.IGNORECASE)
# Two samples of one act's parties, each after its own group noun: "backed by Pacific nations
# such as A, B and C and European governments including D, E and F" is one list (session 16).
_SECOND_SAMPLE_GLUE = re.compile(
    r"\s*(?:[—–]\s*)?,?\s*(?:and|as well as|plus|alongside|along with|together with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:nations|countries"
    r"|states|governments|partners|members|economies|allies|territories|dependencies)\s*,?\s*"
    r"(?:such as|including|like|among them)\s*(?:the\s*)?"
    # ... or the second group's leaders or officials as companions: "The prime ministers of A,
    # B and C, together with the heads of government of D, E and F, signed".
    r"|\s*,?\s*(?:together with|along with|alongside|as well as)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:of|from)\s*(?:the\s*)?"
    # ... or a list that goes on past an apposition about its first part: "Among those signing
    # were A, B and C, the host's partners in launching it, as well as D, E and F" (session 19).
    r"|\s*,\s*[^,;:.—–()]{1,100}?,\s*(?:as well as|along with|together with)\s+(?:the\s*)?"
    # ... or past "but also": "close partners such as A, B and C, but also D, E and F".
    r"|\s*,?\s*but\s+also\s+(?:the\s*)?",
    re.IGNORECASE,
)
_SHARED_ACT_LINK = re.compile(
    r"\bas (?:did|has|have|was|were|is|are|do|does)\b|\bso did\b|\bas well as\b"
    # ... and a follower into the act ("A and B later joined, followed by C": the eval README's
    # convention, "followed by" continues the list).
    r"|,\s*followed\b[^.;:,]{0,40}?\bby\b",
    re.I,
)
_OFFICE_PREPOSITION = re.compile(r"\s+(?:of|from|in)(?:\s+the)?\s*$", re.IGNORECASE)
_DID_SO = re.compile(
    r"\s*,?\s*(?:(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:first|earliest|last|latest)"
    r"(?:\s+(?:countries|states|nations|governments))?\s+to\s+do\s+so|(?:also\s+)?(?:did|have|has)"
    r"\s+(?:(?:since|also|now|already)\s+)?(?:done\s+)?(?:so|the\s+same|likewise)"
    r"|(?:also\s+)?followed\s+suit"
    # ... or followers of it: "A was the first to ratify, and X, Y and Z have since followed".
    r"|(?:have|has|had)\s+(?:(?:since|also|all|now|quickly|soon)\s+)+followed)\b",
    re.IGNORECASE,
)
_SIGNER_NOUN_END = re.compile(
    r"\b(?:signatories|signers|endorsers|parties|adherents|members|backers)\s*$", re.IGNORECASE
)
_RELATIVE_START = re.compile(r"\s*(?:that|which|who|whose)\b", re.IGNORECASE)
# A later step left pending ("have not yet ratified", "never ratified", "yet to accede"): read
# after "but" (`_LATER_STEP_PENDING`) and in a signers' relative clause (`_PENDING_STEP_CLAUSE`).
_PENDING_STEP = (
    r"(?:(?:have|has|had|did|do|does)\s+)?(?:not\s+(?:yet\s+)?|never\s+|yet\s+to\s+)"
    r"(?:ratif|approv|acced|deposit|implement|enact|transpos)\w*"
)
# ... a relative clause of such a noun saying a later step is pending: "Signatories that have
# not yet ratified include" (they signed).
_PENDING_STEP_CLAUSE = re.compile(r"\s*(?:that|which|who)\s+" + _PENDING_STEP, re.IGNORECASE)
_SO_DID = re.compile(r"\s*so\s+(?:did|has|have|had|was|were)\s*(?:the\s*)?", re.IGNORECASE)
# A second verb of inclusion with no subject of its own after a clause opener: the list is its
# object and the clause's subject is the earlier one ("..., and included X, Y and Z").
_SHARED_SUBJECT_INCLUSION = re.compile(
    r"\s*(?:(?:now|also|later)\s+)?(?:include[sd]?|comprise[sd]?|count(?:s|ed)|feature[sd]?)"
    r"\s*(?:the\s*)?",
    re.IGNORECASE,
)
_INNER_COMPANION_LINK = re.compile(
    r"\s*,\s*(?:along with|together with|alongside)\s*(?:the\s*)?", re.IGNORECASE
)
_GROUP_NOUN_START = re.compile(
    r"\s*(?:member\s+)?(?:states|countries|nations|members|governments|economies)\b", re.I
)
# Signers named by a noun right before the list in apposition: "The signatories, among them",
# "Four of the endorsing countries —".
_NAMED_SIGNERS_END = re.compile(
    r"\b(?:signatories|signers|endorsers|backers|co-?sponsors|founders|adherents|ratifiers|"
    r"(?:states\s+)?parties|(?:endorsing|signing|signatory)\s+(?:countries|states|nations|governments|parties))"
    # ... of the instrument: "Signers of the Colombo Statement, such as X, Y and Z, will staff"
    r"(?:\s+(?:of|to)\s+(?:the\s+)?(?-i:[A-Z])[^,;:—–()]{1,60}?)?"
    r"\s*(?:,\s*(?:among them|including|such as|notably)|[—–:(]|\s-|\s--|\s+(?:such as|including))"
    r"\s*(?:the\s*)?$"
    # ... or the signers' noun right before the names, as their label: "Non-EU signatories X, Y
    # and Z will implement it through ...", "New members X, Y and Z will present their plans"
    r"|\b(?:signatories|signers|endorsers|co-?sponsors|adherents|ratifiers"
    r"|(?:new|newest|founding|current|existing|non-\w+)\s+(?:members|partners))\s*$"
    # ... or a count opening the sentence that stands for the signers named before: "The six —
    # X, Y and Z — will share data"
    r"|^\s*(?:the|all)\s+(?:other\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s*(?:[—–]|\s-|\s?--)\s*$",
    re.IGNORECASE,
)
# A predicate of what the listed parties will do, not whether they signed.
_FUTURE_PREDICATE = re.compile(
    r"(?:\s*,?\s*(?:(?:and|among)\s+others|among\s+them))?[\s,)—–-]*(?:(?-i:will|would|must|should|are to|is to)|(?:are|is|were|was)\s+(?:due|set|poised)\s+to)"
    r"\s+(?:(?:now|also|each|all|jointly|soon|then|first)\s+)*(?!sign|join|ratif|endors|accede|adhere|back|consider|decide|not\b|never\b)\w+",
    re.IGNORECASE,
)
# "None of the five associate members — X, Y and Z — signed": the list's own clause opens with
# a negated quantifier (at most six words before the list).
_NONE_OF_LEAD = re.compile(
    r"\b(?:none|neither|not one|not a single one)\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]*\s*[—–:,]?\s*(?:the\s*)?$",
    re.I,
)
# "They are X, Y and Z.": a pronoun subject with a copula or "include" right before the list.
# Its antecedent is in the sentence before, which decides; a text that opens with it is read as
# the list the text is about.
_PRONOUN_LEAD = re.compile(
    r"\s*((?:they|these|those)\s+(?:are|were|include[sd]?|comprise[sd]?)"
    r"|among\s+(?:them|these)(?:\s+(?:are|were))?)"
    r"\s*:?\s*(?:the\s*)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\s*(?:(?:as well|too|also)\s*)?(?:[.!?]|$)")
_WITH_LINK = re.compile(r"[^.;:,]{0,100}?,\s*with\s*(?:the\s*)?", re.IGNORECASE)
_FOLLOWER_TRAILER = re.compile(
    r"\s*(?:following|joining|signing(?!\s+(?:only\s+)?as\s+(?:an?\s+)?(?:witness|observer))|endorsing"
    r"|adding\s+(?:their|its))\b",
    re.IGNORECASE,
)
# Followers named by a status after "with": ", with A and B among first-time donors".
_AMONG_STATUS = re.compile(r"\s*among\s+(?:the\s+)?[^.;:,—–()]{1,40}")
# A party after the list's own predicate that followed it into the act: "X, Y and Z signed up in
# March, and A followed in June" (not "..., and A abstained").
_AND_LINK = re.compile(r"[^.;:]{0,100}?,\s*and\s*(?:then\s*)?(?:the\s*)?", re.IGNORECASE)
_FOLLOWED_TRAILER = re.compile(
    r"\s*(?:(?:later|soon|also|then|quickly)\s+)?(?:followed|followed suit|did (?:so|the same|likewise)"
    # ", and A became the fifth signatory on Friday"
    r"|became\s+the\s+[\w-]+\s+(?:signatory|party|member|state|country|nation|endorser))\b",
    re.IGNORECASE,
)
# An aside between dashes right after a list ("X, Y and Z — major exporters of the crops —"),
# or the dash closing a list set off by dashes ("the group — X, Y and Z among them —").
_DASH_ASIDE = re.compile(r"\s*(?:(?:[—–]|\s-\s)[^—–;.]{1,80}?|[^—–;.]{0,40}?)(?:[—–]|\s-\s)\s*")


def _opening_dash_aside(text: str) -> re.Match[str] | None:
    """The aside set off by dashes that opens `text` ("- though the last is not a member -"),
    or None when the text does not open with a dash."""
    if text.lstrip()[:1] not in ("-", "—", "–"):
        return None
    return _DASH_ASIDE.match(text)


_LIST_CLOSERS = " ,;:)—–-"  # punctuation that may close a list before its clause goes on
_AFTER_CUE_WINDOW = 30  # characters after a trailing cue still read for counter cues
# A later step still pending after signing undoes no signature: "X, Y and Z have signed the
# convention but not ratified it"; the heading "Signed but not yet ratified: X, Y, Z".
_SIGNED = re.compile(r"(?:co-?)?sign", re.IGNORECASE)
# A completed act as the cue ("have joined", "signed", "ratified"), and a relative clause with a
# modal on its object ("the fund that will pay for the court"): what the object will do.
_DONE_ACT = re.compile(
    r"(?:(?:have|has|had)\s+(?:(?:already|now|since|so far|also)\s+)*)?"
    r"(?:co-?)?(?:signed|joined|ratified|endorsed|adopted|backed|acceded)",
    re.IGNORECASE,
)
_OBJECT_MODAL_CLAUSE = re.compile(
    r"(?<=[a-z])\s+(?:that|which)\s+(?:\w+ly\s+)?(?:will|would|could|may|might|must|is to)\b"
    r"[^,;:.—–]*",
    re.IGNORECASE,
)
_PENDING_REACH = 40  # characters from a signing cue to the later step it leaves pending
# A list whose ratification is still to come: "X, Y and Z have yet to ratify" (the convention
# of the fourteenth session: signers whose later step is pending, not a counter).
_RATIFICATION_PENDING = re.compile(
    r"\s*,?\s*(?:(?:have|has)\s+)?(?:yet\s+to|not\s+yet)\s+ratif",
    re.IGNORECASE,
)
_LATER_STEP_PENDING = re.compile(r"\bbut\s+" + _PENDING_STEP, re.IGNORECASE)
_MAX_ITEM_TRAILER = 8  # words allowed after the name on a list-item line ("Albania (2022)")
_MAX_HEADING_WORDS = 5  # a heading line inside a list ("Latin America and the Caribbean")
_MAX_INLINE_HEADING_WORDS = 4  # "Europe: A, B; Asia and the Pacific: C, D" on one line
_MIN_DATELINE_CLAUSE = 3  # words after a list opened by "CITY:" that make it a dateline
_MAX_OPENER_LEAD = 6  # words between a clause opener and the list ("but in the first month only")
# A status of all the items set off by commas right after the list: "A and B, both UN observer
# states, endorsed the call" (about the items, not the act).
_STATUS_ASIDE = re.compile(
    r"\s*,\s*(?:(?:both|all|each)(?:\s+of\s+them)?"
    # ... or a status the list has left behind: "X, Y and Z, long holdouts, signed on" (s. 19)
    r"|long|once|formerly|former|previously|long-time|longtime)\s+[^,;:.()]{1,60}?,",
    re.IGNORECASE,
)
# A hyphen bullet right before a list item: ": - Ghana", "- Ghana - Kenya" (after a name).
_HYPHEN_BULLET_BEFORE = re.compile(r"(?:(?:^|[:;]|\s-)\s*-|\s-)\s*(?:the\s*)?$", re.IGNORECASE)
# The last item named by its role first: "..., Poland, Ukraine and the host, the UAE".
_ROLE_BEFORE_ITEM = re.compile(
    r"\s*,?\s*and\s+(?:the\s+)?(?:host|hosts|host country|host nation|chair|convener|"
    r"depositary|initiator)\s*,\s*(?:the\s*)?",
    re.IGNORECASE,
)
# The people who signed for the items of a list, named between them: "Presidents William Ruto
# of Kenya, Cyril Ramaphosa of South Africa and Bola Tinubu of Nigeria", "Argentina's Javier
# Milei, Uruguay's Yamandú Orsi", "Shavkat Mirziyoyev (Uzbekistan), Kassym-Jomart Tokayev
# (Kazakhstan)". Each person's name is one to four capitalised words.
_PERSON = (
    r"(?:(?:(?-i:[A-Z])|(?-i:al|el|bin|ben|de|da|dos|van|von|der|du|di|la|le)\b)[\w'’.-]*\s+){0,4}"
    r"(?:(?-i:[A-Z])|(?-i:al|el)-)[\w'’.-]+"
)  # (with name particles: "Abdel Fattah al-Sisi", "Luiz Inácio Lula da Silva")
_PERSON_BETWEEN_ITEMS = re.compile(
    r"\s*(?:"
    r",?\s*(?:and\s+)?" + _PERSON + r"\s+of\b\s*(?:the\b)?"  # "..., Cyril Ramaphosa of"
    r"|['’]s\s+" + _PERSON + r"\s*,?\s*(?:and\b)?\s*(?:the\b)?"  # "'s Javier Milei, "
    r"|\)\s*,?\s*(?:and\s+)?" + _PERSON + r"\s*\("  # "), Kassym-Jomart Tokayev ("
    r")\s*"
)
_MAX_PERSON_GAP = 10  # tokens of ", Kassym-Jomart Tokayev (" between two items
# ... and after the last item, before the list's clause goes on: "..., and Kenya's William Ruto,
# and was also signed by"; "... Obiang and the Republic's Faustin-Archange Touadéra all in".
_PERSON_AFTER_ITEM = re.compile(r"['’]s\s+" + _PERSON + r"\b")


def _past_signer_name(text: str) -> str:
    """The text after the person who signed for the item it follows ("'s William Ruto, and was
    also signed by" → ", and was also signed by"); the text itself when it opens otherwise."""
    if text[:1] not in "'’":
        return text
    return _PERSON_AFTER_ITEM.sub("", text, count=1)


_ASIDE_GLUE = frozenset(("and", "or", "with", "plus", "as", "also", "well"))
_MAX_PARENTHETICAL = 4  # tokens inside "( ... )" skipped between inline items
# ... and inside one that closes its item right before a list separator: "France (on behalf of
# its Indian Ocean territories); Japan".
_MAX_ITEM_PARENTHETICAL = 10
# Cells that say nothing was done; a row of only these after its name has not acted ("Viet Nam
# | — | —"; "Country | Signed: ...; China | no"). A "no" after a date ("India | 2024 | No") is a
# later column's answer and leaves the row in.
_EMPTY_CELLS = frozenset(
    ("-", "–", "—", "--", "n/a", "N/A", "n/a.", "…", "...", "no", "No", "NO", "✗", "✘")
)
_MAX_ROW_CELLS = 12  # tokens read after a name for the cells of its row
_MAX_UNKNOWN_ITEM = 3  # capitalised words of an item without a code ("Quebec", "Hong Kong SAR")
# ... or a group of parties as one item: "the Baltic states", "several European Union members"
_GROUP_ITEM_NOUNS = frozenset({"states", "countries", "nations", "members", "governments"})
_GROUP_ITEM_QUANTIFIERS = frozenset({"several", "some", "other", "many", "most", "all"})
_MAX_GROUP_ITEM_WORDS = _MAX_UNKNOWN_ITEM + 2  # with its quantifier and its noun
_AND_ADVERBS = frozenset(
    ("of course", "notably", "crucially", "belatedly", "eventually", "finally", "now", "also")
)
_AS_WELL_AS = ["as", "well", "as"]
_AND_TITLES = frozenset(
    ("the host", "host", "the hosts", "the chair", "the convener", "the depositary")
)
_MAX_DASH_ASIDE = 10  # words of "and — to the surprise of officials —" before the last item
_MAX_AND_ASIDE = 4  # words of ", and, after months of hesitation," before the last item
_MAX_ITEM_ASIDE = 5  # words of ", at 15 million hectares;" after an item of a semicolon list
_FINAL_CONJUNCTIONS = frozenset(("and", "&", "et", "or"))  # close a list: "A, B and C"
_LOOKBACK_SENTENCES = 3  # sentences read back for a cue: the cue line plus short headings
# Words of the list's own sentence besides the list that still leave its role to the sentence
# before ("They are", "Among them:", "were soon aboard").
_MAX_TAKEN_UP_WORDS = 4
CLAIM_KEY = "tally_claims"  # count claims, set by tally_count_claims (absent without it)
# Claim kinds that count parties who signed or joined: a list next to one names them.
_LISTED_CLAIM_KINDS = ("signatories", "joiners")
_ATTENDANCE_CLAIM_KINDS = ("participants",)  # a list spelling these out names attendees
# What may precede a co-signer: nothing or an article (the subject), or "... by" (the agent).
# ... or the subject of a subordinate clause ("..., 60 days after A became the sixth to ratify it,
# joining X, Y and Z").
# A signature block's heading line, and what may close each of its lines after the party.
_SIGNATURE_HEADING = re.compile(
    r"(?im)^[^\n:]{0,80}\b(?:(?:co-?)?signed|endorsed|signatories|signers|signing)\b"
    r"[^\n:]{0,40}:\s*(?:\[\d{1,3}\]\s*)?\n"
)
_SIGNING_FOR = re.compile(r"\s*(?:[-–•*]\s*)?(?:for|on behalf of)\b", re.IGNORECASE)
_SIGNATURE_LINE_TAIL = re.compile(r"[\s.;,*†‡]*(?:\[\d{1,3}\])?[\s.;]*")
_OPENING_QUOTES = "\"“‘' "
# A news dateline opening the sentence: "OTTAWA (Reuters) - ", "KUALA LUMPUR, Nov 2 (Bernama) --
# ", "SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) - ". Capitals only (case-sensitive), so a subject
# is never taken for one.
# Capitals a dateline's city may hold, accented ones too ("NOUMÉA", "BOGOTÁ", "CHIȘINĂU").
_CAPS = "A-ZÀ-ÖØ-ÞĂĄĆČĎĘĚŁŃŇŐŘŚŞŠŢŤŮŰŹŻŽȘȚ"
_DATELINE = re.compile(
    rf"^\s*[{_CAPS}][{_CAPS}'’.\- /]{{1,40}}(?:,[^()\n,]{{1,30}}){{0,2}}(?:\s*\([^()\n]{{1,40}}\))?"
    r"\s*(?:--|[—–-])\s*"
)
# ... or closed by a colon ("ISLAMABAD: ", "KOTA KINABALU: "), told from a heading naming a
# grouping ("BRICS: X, Y and Z") by the sentence going on after the list.
_COLON_DATELINE = re.compile(rf"^\s*[{_CAPS}][{_CAPS}'’.\- ]{{2,40}}:\s*")
_ARTICLE_END = re.compile(r"\b(?:the|The)\s*$")
_DASH_TEXTS = frozenset({"—", "–", "-", "--"})
# Lower-case words a region heading inside a list may hold ("Asia and the Pacific:").
_HEADING_GLUE = frozenset(("and", "the", "of", "et", "y"))
_PROSE_WORDS = 3  # lower-case words after a name that make its line prose, not a list line
# Punctuation `_BULLET` accepts inside a list that does not open an item line.
_PUNCTUATION_BULLETS = frozenset(".;:,)(")
_SUBJECT_OR_AGENT = re.compile(
    r"\s*(?:the\s*)?|.*\bby\b\s*(?:the\s*)?"
    # ... an agent named by its office: "initiated by Prime Minister Giorgia Meloni of A and B"
    r"|.*\bby\b[^,;:.]{0,60}?\bof\s*(?:the\s*)?"
    # ... named by its role at the event: "Host Togo was joined in signing by X, Y and Z".
    r"|\s*(?:the\s+)?(?:co-?)?(?:host|chair)(?:\s+(?:country|nation|government))?\s*"
    # ... named by its government or office: "The Federal Government of A has endorsed ...".
    r"|\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:government|republic|kingdom|ministry|president|"
    r"prime\s+minister|delegation|mission)\s+of\s*(?:the\s*)?"
    # ... past an opening time adverbial: "Since 2019 the United States has signed ... with".
    r"|\s*(?:since|in|on|last|this|earlier this)\s+[\w']+\s*,?\s*(?:the\s*)?"
    # ... past a short opening phrase: "Senator, A is one of 11 countries ..., alongside X, Y".
    r"|[^,;:.]{1,40},\s*(?:the\s*)?"
    r"|.*\b(?:after|when|once|since|before|because|as soon as)\s*(?:the\s*)?"
    # ... or of reported speech: "Britain said on Friday that A had become the tenth"; also
    # without "that": "Downing Street says A and 104 other countries have ...".
    r"|.*\b(?:said|says|announced|confirmed|reported|noted|noting|added|adding|stated|saying)\b"
    r"[^.;:]{0,40}?\bthat\s*(?:the\s*)?"
    r"|[^,;:.]{1,40}?\b(?:said|says|announced|confirmed|reported|stated)\b\s*(?:the\s*)?"
    # ... or of a live blog's timestamp: "12:50 IST — India launched ...".
    r"|\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?(?:[—–|-]|--)\s*(?:the\s*)?"
    # ... or of a relative clause about the instrument ("the statement, which the United States
    # co-sponsored with X and Y").
    r"|.*,\s*which\s*(?:the\s*)?"
    # ... or the party a person signed for: "Prime Minister Andrew Holness signed for A
    # alongside counterparts from X, Y and Z".
    r"|[^,;:.]{0,60}?\b(?:signed|initialled|initialed)\s+(?:for|on\s+behalf\s+of)\s*(?:the\s*)?"
    # ... or on its behalf, past the person's name: "The minister, A B, signed on Ghana's behalf
    # alongside counterparts from X, Y and Z" (session 19).
    r"|[^;:.]{0,80}?\b(?:signed|initialled|initialed)\s+on\s*(?:the\s*)?"
    # ... or a party added to the list: "Besides A, the leaders of X, Y and Z signed".
    r"|\s*(?:besides|in addition to)\s*(?:the\s*)?"
    # ... or the party joined, before the inverted list: "Joining A in the core group were".
    r"|\s*joining\s*(?:the\s*)?"
    # ... or of an absolute clause: "..., with host A joined by X, Y and Z".
    r"|.*,\s*with\s*(?:the\s+)?(?:(?:host|co-?host|chair)\s*)?",
    re.IGNORECASE | re.DOTALL,
)
# A range of parties: "from X and Y in the west to Z and W in the east, with U and V on ...".
_RANGE_FROM = "from"
_RANGE_TO = re.compile(
    r"(?:(?:in|on|across|along)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*)?,?\s*(?:(?:all\s+the\s+way|right|through)\s+)?to"
    r"\s*(?:the\s*)?",
    re.IGNORECASE,
)
_RANGE_GROUP = re.compile(
    r"(?:[\w'’-]+\s+){1,3}?(?:such\s+as|like|including)\s*(?:the\s*)?", re.IGNORECASE
)
_MAX_RANGE_GROUP_TOKENS = 7  # "from G7 members such as the" before a range's first name
_RANGE_LEAD_END = re.compile(
    r"\b(?:ranging|stretching|spanning|running)\s+from\s*(?:the\s*)?$", re.IGNORECASE
)
_RANGE_AND = re.compile(
    r"(?:(?:in|on|across|along)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*)?,\s*(?:with|and|plus)"
    r"\s*(?:the\s*)?",
    re.IGNORECASE,
)
# A range right after a count, as a sample of it: "works with 15 partner countries, from A
# and B to C and D" (the range's "from" is past the link).
_RANGE_CLAIM_LINK = re.compile(
    r"\s*(?:,|[—–:]|\s-\s)\s*(?:(?:ranging|stretching|spanning|running)\s*)?", re.IGNORECASE
)
# ... with two names or more before its "to" (not the two ends of a map: "51 member states,
# from Morocco to Azerbaijan, plus the EU").
_PAIRED_RANGE_START = re.compile(r"[^,;]*?(?:,|\band\b)[^;]*?\bto\b", re.IGNORECASE)
_DASH_OPEN = re.compile(r"\s*(?:[—–]|-\s)")  # a list's apposition set off by a dash
_CLOSING_DASH = re.compile(r"\s[—–-]\s|[—–]")
_MAX_RANGE_GAP = 8  # tokens of "in the east, with the" between two parts of a range
_MAX_CLAIM_GAP = 8  # tokens between a count claim and its list ("56 members, including")
_POSSESSIVES = frozenset(("'s", "’s", "'", "’"))  # a name followed by one is a possessive
# "A and the four other founding states — X, Y, Z and W": a count of the others, then (past a
# few words) a colon or dash opening the list. A is their co-signer when the count is the list's
# length ("The Netherlands and four other countries signed the agreement ...: X, Y, Z and W").
# "other" may be left out when the count and its noun open the link, with no comma before the
# dash ("China and the five Central Asian republics — X, Y, Z, W and V — signed").
# A signer named right after the cue, set off by an aside, then "as well as" the list: "Signatories
# include A, which drafted the text, as well as X, Y and Z"; "Among the endorsers were A and B,
# the two other nuclear powers, as well as X, Y and Z".
_ASIDE_AS_WELL_AS = re.compile(
    r",\s*[^,;:.()]{3,80}?,\s*(?:as well as|along with|together with)\s*(?:the\s*)?",
    re.IGNORECASE,
)
_MAX_CUE_LEAD_WORDS = 6  # words of the lead that opens with the cue before such a signer
_IN_ACT = re.compile(r"\s*in\s+[a-z]+ing\b[^.;:,]{0,60}", re.IGNORECASE)
_OTHERS_LINK = re.compile(
    r"\s*,?\s*(?:and|with)\s+(?:the\s+)?(?:other\s+(?=\d|[a-z]+\s))?(?P<count>\d{1,2}|[a-z]+)\s+"
    r"(?:other\s+[^.;:—–]{0,160}?|[^.;:,—–]{1,60}?)"
    r"(?:[:—–]|\s-\s)\s*(?:the\s*)?",
    re.IGNORECASE,
)


@cache
def load_enumeration_cues(path: str | None = None) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Load and validate the patterns, one tuple per role in `_ROLES` order.

    All are case-insensitive. `counter_before` patterns undo a cue when they end just before it
    ("cooperation with partners including X, Y and Z" names partners of something else).
    `cell_value` tokens (years, dates) may stand between two items of a row flattened with
    pipes ("Ghana | 2018; Senegal | 2016"), and so may `status_cell` tokens ("Ghana | accession |
    2018"), which unlike dates may also head a column ("State | Ratification:"). `claim_link`
    patterns match the whole text between a
    count of signers or joiners and the list that spells it out ("56 members, including X, Y
    and Z"; "three new members — X, Y and Z"), `list_claim_link` the text between a list and
    such a count after it ("X, Y and Z, the three newest members"). `attendees` patterns,
    anchored at the end of the text before a list, mark people from those countries who were
    met or accompanied ("joined at the launch by the leaders of X, Y and Z"). `counter_after`
    patterns, anchored at the start of the list's own clause, negate it whatever cue came
    before ("X signed the pact — X, Y and Z did not"; "..., with X, Y and Z opposed").
    `reversal` patterns, anchored right before a cue that follows the list, mark a change of
    state ("have since endorsed") that overrides earlier counters ("which abstained in 2007");
    only `negation` patterns then undo the cue. `descriptor` patterns name a status or office
    of the listed parties ("non-members", "outreach guests", "ministers from"); the component
    anchors them itself (see the module docstring). `text_cue` patterns are cues (tried in file
    order with the others) for a text the listed parties put out ("issued a joint statement"):
    the words after them are its content, not their act. `outsiders_heading` patterns, anchored
    at the end of a heading, name parties outside a list ("Still outside:", "Pending:").
    `sequence_cue` patterns, anchored at the end of the text before a list, place a party in a
    sequence of signers before those who came first ("the fourth country to sign, after").
    `take_up_head` patterns, searched in the list's clause before it, and `take_up_predicate`
    patterns, matched right after it, let a list with words of its own take its role from the
    sentence before ("Pathfinding countries include X, Y and Z"; "X, Y and Z followed").
    """
    file = Path(path) if path else PATTERNS_DIR / "enumeration_cues.jsonl"
    found: dict[str, list[re.Pattern[str]]] = {role: [] for role in _ROLES}
    with file.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                role, pattern = row["role"], row["pattern"]
                if role not in _ROLES:
                    raise ValueError(f"role must be one of {_ROLES}")
                compiled = re.compile(pattern, re.IGNORECASE)
                found[role].append(compiled)
                if role == "text_cue":
                    found["cue"].append(compiled)  # a cue too, tried in file order
            except (ValueError, KeyError, re.error) as exc:
                raise ValueError(f"{file}:{lineno}: {exc}") from exc
    if not found["cue"] or not found["glue"]:
        raise ValueError(f"{file}: needs at least one cue and one glue pattern")
    return tuple(tuple(found[role]) for role in _ROLES)


@dataclass(frozen=True)
class _Lexeme:
    """What list detection needs to know about one token string (cached per vocabulary entry)."""

    newline: bool
    glue: bool
    bullet: bool
    space: bool
    alpha: bool
    footnote: bool  # a superscript footnote number, never a bullet
    cell_separator: bool  # "|", a dash or a tab between the cells of a row on one line
    cell_value: bool  # a year or date in a table cell ("2018", "12 May 2018")
    status_cell: bool  # an act or stage in a table cell ("accession", "Draft"), not a date
    text: str


def _after_heading(
    rows: list[_Lexeme], max_words: int, inline: bool = False
) -> list[_Lexeme] | None:
    """The rows after a "Heading:" of at most `max_words` words (all rows when there is none).

    None when the text before the colon is too long to be a heading, or when an `inline`
    heading does not open after a separator.
    """
    colon = next((i for i in range(len(rows) - 1, -1, -1) if rows[i].text == ":"), None)
    if colon is None:
        # "...; Europe — Netherlands, Germany": a dash closes a heading that a semicolon opens.
        semi = next((i for i, lex in enumerate(rows) if lex.text == ";"), None)
        dash = next((i for i in range(len(rows) - 1, -1, -1) if rows[i].text in "—–"), None)
        if semi is None or dash is None or dash < semi:
            return rows
        colon = dash
    words = sum(1 for lex in rows[:colon] if lex.alpha and not lex.glue)
    if words > max_words:
        return None
    lead = next((lex for lex in rows if not lex.space), None)
    if inline and words and lead is not None and lead.alpha:
        # A heading opens after the item's separator ("...; Africa: Ghana"); words right after
        # a name are its own ("the Peruvian foreign ministry's website, are: Peru, ...").
        return None
    return rows[colon + 1 :]


def _table_header(rows: list[_Lexeme]) -> bool:
    """Whether the rows hold a table's column header before their last colon ("— signatory |
    date: Albania | 29 Aug"): words in cells split by a pipe or a tab. The header opens the
    table, so a name before it belongs to the title ("Joint Statement on Afghanistan")."""
    colon = next((i for i in range(len(rows) - 1, -1, -1) if rows[i].text == ":"), None)
    if colon is None:
        return False
    semi = next((i for i in range(colon - 1, -1, -1) if rows[i].text == ";"), -1)
    header = rows[semi + 1 : colon]
    seps = [i for i, lex in enumerate(header) if lex.cell_separator and lex.text not in "–—"]
    if not seps:
        return False
    before, after = header[: seps[0]], header[seps[-1] + 1 :]
    return any(lex.alpha and not lex.glue and not lex.cell_value for lex in before) and any(
        lex.alpha and not lex.glue and not lex.cell_value for lex in after
    )


def _after_item_aside(rows: list[_Lexeme]) -> list[_Lexeme]:
    """The rows from the semicolon on, when a short aside with a figure, set off by a comma,
    closes the left item of a semicolon list ("Ethiopia, at 15 million hectares; the DRC");
    else all rows. Without a figure it is a clause ("India, signed the memorandum; Israel")."""
    if not rows or rows[0].text != ",":
        return rows
    semi = next((i for i, lex in enumerate(rows) if lex.text == ";"), None)
    if semi is None or any(lex.text == "," for lex in rows[1:semi]):
        return rows
    if not any(lex.text[:1].isdigit() for lex in rows[1:semi]):
        return rows
    if sum(1 for lex in rows[1:semi] if lex.alpha and not lex.glue) > _MAX_ITEM_ASIDE:
        return rows
    return rows[semi:]


_NAME_CONNECTORS = frozenset(("of", "for"))


def _without_unknown_item(rows: list[_Lexeme]) -> list[_Lexeme]:
    """The rows without one item the gazetteer does not know, set off by list separators:
    ", Quebec, " in "Ireland, Quebec, Sweden and Wales" (a region or a body among the
    parties), or a group of parties named by a noun (", the Baltic states and", ", several
    European Union members,"). At most `_MAX_UNKNOWN_ITEM` capitalised words (a quantifier and
    the group's noun besides), a comma before, a comma or "and" after; else all rows."""
    words = [i for i, lex in enumerate(rows) if not (lex.glue or lex.space)]
    if not words or words[-1] - words[0] + 1 != len(words):
        return rows
    named = words
    if len(named) > 1 and rows[named[-1]].text.lower() in _GROUP_ITEM_NOUNS:
        # "..., the Baltic states and the UK", "..., several European Union members, Japan": a
        # group of parties named by a noun, capitalised words (and a quantifier) before it
        named = (
            named[1:-1] if rows[named[0]].text.lower() in _GROUP_ITEM_QUANTIFIERS else named[:-1]
        )
    # (a body's name may hold "of" or "for" between its capitalised words: ", Council of
    # Europe, ", ", the Organization of American States, "; session 20)
    named = [i for i in named if rows[i].text not in _NAME_CONNECTORS or i in (named[0], named[-1])]
    if not named or len(named) > _MAX_UNKNOWN_ITEM:
        return rows
    if not all(rows[i].alpha and rows[i].text[:1].isupper() for i in named):
        return rows
    before, after = rows[: words[0]], rows[words[-1] + 1 :]
    if not any(lex.text == "," for lex in before):
        return rows
    if not any(lex.text in (",", "and", "&") for lex in after):
        return rows
    return before + after


def _without_and_aside(rows: list[_Lexeme]) -> list[_Lexeme]:
    """The rows without an aside right after the final "and", set off by commas ("Colombia
    and, belatedly, Mexico": at most `_MAX_AND_ASIDE` lower-case words) or by dashes ("France
    and — to the surprise of officials — the Czech government": at most `_MAX_DASH_ASIDE`
    words, no figure); else all rows."""
    words = [lex for lex in rows if not lex.space]
    k = next((i for i, lex in enumerate(words) if lex.text.lower() in _FINAL_CONJUNCTIONS), None)
    link = 1
    if k is None:
        # "Germany, as well as, surprisingly, Türkiye": the link may be "as well as".
        texts = [lex.text.lower() for lex in words]
        k = next((i + 2 for i in range(len(texts) - 2) if texts[i : i + 3] == _AS_WELL_AS), None)
        link = len(_AS_WELL_AS)
    if k is None or k + 1 >= len(words):
        return rows
    # "... and of course Austria", "... and notably Mexico": an adverb without commas.
    rest = " ".join(lex.text.lower() for lex in words[k + 1 :] if not lex.glue)
    if rest in _AND_TITLES and words[-1].text == ",":
        # "..., Mongolia and the host, Turkmenistan, were the first": a title then the name
        return words[k + 1 - link : k + 1]
    if rest in _AND_ADVERBS:
        return words[k + 1 - link : k + 1] + [lex for lex in words[k + 1 :] if lex.glue]
    if k + 2 >= len(words):
        return rows
    mark = words[k + 1].text
    if mark not in (",", "—", "–"):
        return rows
    close = next((i for i in range(k + 2, len(words)) if words[i].text == mark), None)
    if close is None or not all(lex.glue for lex in words[close + 1 :]):
        return rows
    aside = [lex.text for lex in words[k + 2 : close]]
    if mark == ",":
        if not 1 <= len(aside) <= _MAX_AND_ASIDE or not all(
            t.isalpha() and t.islower() for t in aside
        ):
            return rows
    elif not 1 <= len(aside) <= _MAX_DASH_ASIDE or any(t[:1].isdigit() for t in aside):
        return rows
    return words[k + 1 - link : k + 1] + words[close + 1 :]


def _without_dash_aside(rows: list[_Lexeme]) -> list[_Lexeme]:
    """The rows without an aside set off by dashes between two items ("Tonga — represented by
    its crown prince — Vanuatu", "Bolivia — La Paz has the biggest network — Mexico": at most
    `_MAX_DASH_ASIDE` words, some in lower case, no figure, nothing but list glue after it);
    else all rows."""
    words = [lex for lex in rows if not lex.space]
    if len(words) < 3 or words[0].text not in ("—", "–"):
        return rows
    mark = words[0].text
    close = next((i for i in range(2, len(words)) if words[i].text == mark), None)
    if close is None or not all(lex.glue for lex in words[close + 1 :]):
        return rows
    aside = [lex.text for lex in words[1:close]]
    if (
        len(aside) > _MAX_DASH_ASIDE
        or any(t[:1].isdigit() for t in aside)
        or not any(t.islower() for t in aside)
    ):
        return rows
    return words[close + 1 :]


def _without_parentheticals(rows: list[_Lexeme]) -> list[_Lexeme]:
    """Drop short "( ... )" groups, keeping everything else; one of up to
    `_MAX_ITEM_PARENTHETICAL` tokens when a semicolon or comma follows it ("France (on behalf of
    its Indian Ocean territories); Japan": an aside that closes its item)."""
    out = []
    i = 0
    while i < len(rows):
        if rows[i].text == "(":
            limit = min(len(rows), i + _MAX_ITEM_PARENTHETICAL + 2)
            close = next((j for j in range(i + 1, limit) if rows[j].text == ")"), None)
            if close is not None and (
                close - i - 1 <= _MAX_PARENTHETICAL
                or next((lex.text for lex in rows[close + 1 :] if not lex.space), None)
                in (";", ",")
            ):
                i = close + 1
                continue
        out.append(rows[i])
        i += 1
    return out


_DATED_TRAILER_LEADS = frozenset(("in", "on", "since", "by", "only", "later", "then"))


_SIZE_NOUNS = frozenset(("nation", "member", "country", "state", "strong", "party"))
# The same glue as text, for the co-signer reach: ", and the 27-nation ".
_SIZED_GLUE = re.compile(
    rf"\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?\d+-(?:{'|'.join(sorted(_SIZE_NOUNS))})\s*",
    re.IGNORECASE,
)


def _without_size_modifier(rows: list[_Lexeme]) -> list[_Lexeme]:
    """Drop a body's size right before the next item ("..., South Korea and the 27-nation
    European Union"): a number, a hyphen and a noun of members (session 20)."""
    words = [i for i, lex in enumerate(rows) if not lex.space]
    if len(words) < 3:
        return rows
    num, hyphen, noun = (rows[i] for i in words[-3:])
    if num.text.isdigit() and hyphen.text == "-" and noun.text.lower() in _SIZE_NOUNS:
        return rows[: words[-3]]
    return rows


def _without_dated_trailers(rows: list[_Lexeme]) -> list[_Lexeme]:
    """Drop a date trailing an item of a gapped list ("Côte d'Ivoire in 1970 and Eswatini only in
    1991"; "the Netherlands and Belgium in October, and Germany"): a preposition, perhaps after
    "only"/"later", then the date's cells (a year, a month, a day)."""
    out = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and (rows[j].text.lower() in _DATED_TRAILER_LEADS or rows[j].space):
            j += 1
        k = j
        while k < len(rows) and (rows[k].cell_value or rows[k].space):
            k += 1
        if j > i and k > j and rows[j - 1].text.lower() in ("in", "on", "since", "by"):
            i = k
            continue
        out.append(rows[i])
        i += 1
    return out


class _DocView:
    """Token columns of one Doc; slices are read as Python lists, so no Token objects are made."""

    def __init__(
        self,
        doc: Doc,
        cols: np.ndarray,
        cums: dict[str, np.ndarray],
        newlines: list[int],
        sent_idx: list[int],
    ) -> None:
        self.cols = cols
        self.strings = doc.vocab.strings
        self.n = len(doc)
        # Running counts (sliced from the batch's; only their differences are read) answer
        # "any line break / any non-glue token / how many words in tokens a..b" in O(1), so
        # most pairs of names are settled without reading tokens.
        self.newline_cum = cums["newline"]
        self.loose_cum = cums["loose"]
        self.alpha_cum = cums["alpha"]
        self.not_item_glue_cum = cums["not_item_glue"]
        self.words_cum = cums["words"]
        self.inline_marks_cum = cums["inline_marks"]
        self.not_bullet_cum = cums["not_bullet"]
        self.semicolon_cum = cums["semicolon"]
        # Plain lists: `bisect` on them beats numpy calls for single lookups.
        self.newlines = newlines
        self.sent_idx = sent_idx
        # The Doc's attendance claims, read once when a run first asks (`_spells_out_attendance`)
        self.attendance_claims: list[tuple[int, int]] | None = None

    def has_inline_marks(self, start: int, end: int) -> bool:
        """Whether tokens start..end hold a colon or a parenthesis (a heading or an aside)."""
        return bool(self.inline_marks_cum[end] != self.inline_marks_cum[start])

    def has_semicolon(self, start: int, end: int) -> bool:
        """Whether tokens start..end hold a semicolon."""
        return bool(self.semicolon_cum[end] != self.semicolon_cum[start])

    def has_newline(self, start: int, end: int) -> bool:
        """Whether tokens start..end hold a line break."""
        return bool(self.newline_cum[end] != self.newline_cum[start])

    def pure_item_break(self, start: int, end: int) -> bool:
        """Whether tokens start..end are only breaks, bullets, glue and spaces."""
        return bool(self.not_item_glue_cum[end] == self.not_item_glue_cum[start])

    def short_line_rest(self, start: int, limit: int, max_words: int) -> bool:
        """Whether at most `max_words` words follow token `start` on its line, before `limit`."""
        k = bisect_left(self.newlines, start)
        line_end = self.newlines[k] if k < len(self.newlines) else self.n
        return int(self.words_cum[min(limit, line_end)] - self.words_cum[start]) <= max_words

    def only_bullets(self, start: int, end: int) -> bool:
        """Whether tokens start..end are only bullets, numbering and spaces."""
        return bool(self.not_bullet_cum[end] == self.not_bullet_cum[start])

    def long_break(self, start: int, end: int) -> bool:
        """Whether tokens start..end (holding a line break) carry too many words for a list.

        More than `_MAX_ITEM_TRAILER` words before the first break, or more than
        `_MAX_HEADING_WORDS` from the first break to the last: prose, not an item and heading.
        """
        nl = self.newlines
        first = nl[bisect_left(nl, start)]
        last = nl[bisect_left(nl, end) - 1]
        trailer = int(self.words_cum[first] - self.words_cum[start])
        heading = int(self.alpha_cum[last + 1] - self.alpha_cum[first])
        return trailer > _MAX_ITEM_TRAILER or heading > _MAX_HEADING_WORDS

    def pure_glue(self, start: int, end: int) -> bool:
        """Whether tokens start..end are all list glue or spaces, without a line break."""
        return (
            self.newline_cum[end] == self.newline_cum[start]
            and self.loose_cum[end] == self.loose_cum[start]
        )

    def words(self, start: int, end: int) -> int:
        """How many alphabetic tokens that are not list glue lie in start..end."""
        return int(self.words_cum[end] - self.words_cum[start])

    def alpha_words(self, start: int, end: int) -> int:
        """How many alphabetic tokens lie in start..end."""
        return int(self.alpha_cum[end] - self.alpha_cum[start])

    def sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token i."""
        idx = self.sent_idx
        k = bisect_right(idx, i) - 1
        start = idx[k] if k >= 0 else 0
        end = idx[k + 1] if k + 1 < len(idx) else self.n
        return start, end

    def orths(self, start: int, end: int) -> list[int]:
        """ORTH ids of tokens start..end."""
        return self.cols[start:end, 0].tolist()

    def sent_start(self, i: int) -> bool:
        """Whether token i opens a sentence."""
        return int(self.cols[i, 2]) == 1

    def has_and_then_comma_and(self, run: list[_Ent]) -> bool:
        """Whether ", and" follows an earlier "and" between the names of the run (a list closed
        by "and", then another clause: not an Oxford comma, "A, B, and C", nor the "and" inside
        "Trinidad and Tobago")."""
        start, end = run[0][END], run[-1][START]
        orths = self.cols[start:end, 0]
        inside = np.zeros(end - start + 1, dtype=np.int32)
        for sp in run[1:-1]:
            inside[sp[START] - start] += 1
            inside[sp[END] - start] -= 1
        gap = np.cumsum(inside[:-1]) == 0
        ands = np.flatnonzero((orths == self.strings["and"]) & gap)
        if len(ands) < 2:
            return False
        later = ands[ands > ands[0]]
        return bool((orths[later - 1] == self.strings[","]).any())

    def text(self, start: int, end: int) -> str:
        """Text of tokens start..end (without the last token's trailing space), like Span.text."""
        strings = self.strings
        rows = self.cols[start:end, :2].tolist()
        text = "".join(strings[o] + " " if sp else strings[o] for o, sp in rows)
        return text[:-1] if rows and rows[-1][1] else text


# An entity span as a (start, end, label hash) tuple: reading these makes no Span objects.
_Ent = tuple[int, int, int]
START, END, LABEL = 0, 1, 2


def _glued_reach(
    view: _DocView, spans: list[_Ent], k: int, step: int, lo: int, hi: int, labels: dict[int, None]
) -> int:
    """The index of the farthest name reached from spans[k], stepping by `step` (-1 back, 1
    on), while each next name lies within tokens [lo, hi), is not in `labels`, and is joined
    to the last by list glue only ("Dominica and the Dominican Republic")."""
    while 0 <= k + step < len(spans):
        nxt = spans[k + step]
        left, right = (nxt, spans[k]) if step < 0 else (spans[k], nxt)
        if nxt[START] < lo or nxt[END] > hi or nxt[LABEL] in labels:
            break
        if right[START] - left[END] > _MAX_INLINE_GAP + 3 or not (
            view.pure_glue(left[END], right[START])
            or _SIZED_GLUE.fullmatch(view.text(left[END], right[START]))
        ):
            break
        k += step
    return k


def _ends_dateline(view: _DocView, left: _Ent, right: _Ent) -> bool:
    """Whether the left name closes a news dateline that the right one's sentence opens after:
    "SHARM EL-SHEIKH, Egypt — The UAE and Indonesia launched ..." (no list item)."""
    gap = right[START] - left[END]
    if not 1 <= gap <= 2 or _token_text(view, left[END]) not in _DASH_TEXTS:
        return False  # (only a dash, perhaps an article, stands between them)
    if gap == 2 and _token_text(view, left[END] + 1).lower() not in ("the", "-"):
        return False  # ("— The", or "--" in two tokens)
    sent_start, _ = view.sentence(left[START])
    return _dateline_before(view, sent_start, right[START])


def _dateline_before(view: _DocView, sent_start: int, start: int) -> bool:
    """Whether a news dateline is all that stands before token `start` in its sentence (an
    article after the dash aside: "SHARM EL-SHEIKH, Egypt — The UAE ...")."""
    return _DATELINE.fullmatch(_ARTICLE_END.sub("", view.text(sent_start, start))) is not None


def _words_besides(view: _DocView, run: list[_Ent], start: int) -> int:
    """Words from `start` to the run's last name, besides the run's earlier names in it."""
    words = view.words(start, run[-1][START])
    return words - sum(view.words(sp[START], sp[END]) for sp in run[:-1] if sp[START] >= start)


def _prose_after(view: _DocView, name: _Ent) -> bool:
    """Whether the name's line goes on as prose: at least `_PROSE_WORDS` lower-case words
    besides list glue before the line's end ("Brazil, India and Indonesia, which took part in
    the outreach sessions, have been invited to join")."""
    lower = 0
    for i in range(name[END], min(view.n, name[END] + _MAX_GAP_TOKENS * 4)):
        text = _token_text(view, i)
        if "\n" in text:
            break
        if text.isalpha() and text.islower() and text not in _HEADING_GLUE:
            lower += 1
            if lower >= _PROSE_WORDS:
                return True
    return False


def _opens_with_bullet(view: _DocView, line_start: int, end: int) -> bool:
    """Whether the line's first token before `end` is a bullet or an item number ("•", "6.")."""
    for i in range(line_start, end):
        text = _token_text(view, i)
        if not text.isspace():
            return bool(_BULLET.match(text)) and text not in _PUNCTUATION_BULLETS
    return False


def _token_text(view: _DocView, i: int) -> str:
    return view.strings[int(view.cols[i, 0])]


def _hyphen_attached(view: _DocView, span: _Ent) -> bool:
    """Whether the name is glued by a hyphen to a word ("non-EU", "EU-led"): a modifier."""
    start, end = span[START], span[END]
    if start > 0 and _token_text(view, start - 1) == "-" and not view.cols[start - 1, 1]:
        return True
    return end < view.n and _token_text(view, end) == "-" and not view.cols[end - 1, 1]


def _enumeration_row(
    doc: Doc, run: list[_Ent], labels: dict[int, None], cue: str
) -> dict[str, Any]:
    """One enumeration as plain data (it survives Doc.to_bytes): the run's character bounds,
    its codes in order of mention and the cue that made it a list."""
    last = doc[run[-1][END] - 1]
    return {
        "start": doc[run[0][START]].idx,
        "end": last.idx + len(last),
        "codes": [doc.vocab.strings[label] for label in labels],
        "cue": cue,
    }


def _merged_samples(doc: Doc, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The enumerations with each second sample of the same act joined to the first (see
    `_SECOND_SAMPLE_GLUE`); both must lie in one sentence."""
    merged: list[dict[str, Any]] = []
    if len(found) < 2:
        return found
    text = doc.text  # (Doc.text re-joins every token: read it once, not per list)
    for row in found:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and _SECOND_SAMPLE_GLUE.fullmatch(text, prev["end"], row["start"])
            and "\n" not in text[prev["end"] : row["start"]]
        ):
            codes = [*prev["codes"], *(c for c in row["codes"] if c not in prev["codes"])]
            merged[-1] = {**prev, "end": row["end"], "codes": codes}
        else:
            merged.append(row)
    return merged


def _modifier(view: _DocView, span: _Ent, limit: int) -> bool:
    """Whether the name only qualifies a word: hyphen-glued ("non-EU", "EU-led") or before a
    group noun ("the first EU members to ratify", "Gulf states")."""
    if _hyphen_attached(view, span):
        return True
    return _GROUP_NOUN_START.match(view.text(span[END], min(limit, span[END] + 2))) is not None


def _in_aside(view: _DocView, prev: _Ent, span: _Ent) -> bool:
    """Whether the span fills a short parenthetical right after `prev`: "France (Réunion)",
    "France (for Réunion)" — a "(", at most one lower-case word, the name, then ")"."""
    if span[END] >= view.n or _token_text(view, span[END]) != ")":
        return False
    gap = span[START] - prev[END]
    if gap == 1:
        return _token_text(view, prev[END]) == "("
    if 2 <= gap <= 4 and _token_text(view, prev[END]) == "(":
        # "(for Réunion)", "(on behalf of Greenland)", "(in respect of Aruba)": lower-case
        # words only, none of them list glue ("(and Spain)" is another party).
        words = [_token_text(view, i) for i in range(prev[END] + 1, span[START])]
        return all(w.isalpha() and w.islower() for w in words) and (
            gap == 2 or not _ASIDE_GLUE.intersection(words)
        )
    return False


def _range_head(view: _DocView, first: _Ent) -> int | None:
    """The "from" token right before a run ("from X", "from the X"), or None; a sample's group
    may stand between ("ranged from G7 members such as X, Y and Z to A and B", session 19)."""
    k = first[START] - 1
    if k >= 0 and _token_text(view, k).lower() == "the":
        k -= 1
    if k >= 0 and _token_text(view, k).lower() == _RANGE_FROM:
        return k
    for j in range(k - 1, max(-1, k - _MAX_RANGE_GROUP_TOKENS), -1):
        if _token_text(view, j).lower() == _RANGE_FROM:
            if _RANGE_GROUP.fullmatch(view.text(j + 1, first[START])):
                return j
            return None
    return None


def _entity_bounds(doc: Doc) -> list[_Ent]:
    """The Doc's entity spans, sorted, from the bounds `tally_entities` left (else the group)."""
    group = doc.spans.get(ENTITY_KEY)
    if group is None:
        return []
    bounds = doc.user_data.get(BOUNDS_KEY)
    # len() of a span group makes no Span objects; iterating it makes one per span.
    if bounds is not None and len(bounds) == len(group):
        return bounds  # tuples in process; lists after Doc.to_bytes, indexed alike
    return sorted((sp.start, sp.end, sp.label) for sp in group)


def _doc_views(docs: list[Doc], flags: LexemeFlags) -> list[_DocView]:
    """Views of several Docs from one pass over their concatenated token columns.

    Building the columns per Doc costs a dozen numpy calls each; over a batch they are paid once.
    """
    if not docs:
        return []
    cols = columns.read(docs)  # ORTH, SPACY and SENT_START first, as `_DocView` reads them
    f = flags.columns(cols[:, columns.ORTH_COL], docs[0].vocab.strings)
    item_glue = f["glue"] | f["space"] | f["bullet"] | f["newline"]
    counted = {
        "newline": f["newline"],
        "loose": ~(f["glue"] | f["space"]),
        "alpha": f["alpha"],
        # Not allowed between two list-item lines; footnote markers open a footnote line.
        "not_item_glue": ~item_glue | f["footnote"],
        "words": f["alpha"] & ~f["glue"],
        "inline_marks": f["heading_or_paren"],
        "not_bullet": ~(f["space"] | f["bullet"]),
        "semicolon": f["semicolon"],
    }
    cums = {k: np.concatenate([[0], np.cumsum(v)]) for k, v in counted.items()}
    lengths = [len(doc) for doc in docs]
    bases = np.concatenate([[0], np.cumsum(lengths)])
    newline_pos = np.flatnonzero(f["newline"])
    sent_pos = np.flatnonzero(cols[:, columns.SENT_START_COL] == 1)
    nl_cut = np.searchsorted(newline_pos, bases).tolist()
    sent_cut = np.searchsorted(sent_pos, bases).tolist()
    views = []
    for i, doc in enumerate(docs):
        a, b = int(bases[i]), int(bases[i + 1])
        views.append(
            _DocView(
                doc,
                cols[a:b],
                {k: c[a : b + 1] for k, c in cums.items()},
                (newline_pos[nl_cut[i] : nl_cut[i + 1]] - a).tolist(),
                (sent_pos[sent_cut[i] : sent_cut[i + 1]] - a).tolist(),
            )
        )
    return views


def _has_newline(text: str) -> bool:
    return "\n" in text


def _matches(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.fullmatch(text) is not None


def _matches_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.match(text) for p in patterns)


def _top_level_branches(pattern: str) -> list[str]:
    """The branches of `pattern`'s top-level alternation ("a|(b|c)" -> ["a", "(b|c)"])."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member of the class
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _starts_at_word_boundary(pattern: str) -> bool:
    """Whether every match of `pattern` begins at a `\\b` the pattern itself opens with:
    every top-level branch starts with one ("\\bfoo|\\bbar" qualifies, "\\bfoo|bar" does not)."""
    return all(branch.startswith("\\b") for branch in _top_level_branches(pattern))


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern trying `patterns` in order at each position (the first that matches wins).

    Neighbours that open with "\\b" share one: `re` then skips the inside of a word with one
    test instead of one per pattern, and the matches are the same.
    """
    parts: list[str] = []
    bounded: list[str] = []
    for p in patterns:
        if _starts_at_word_boundary(p.pattern):
            bounded.append(f"(?:{p.pattern[2:]})")
            continue
        if bounded:
            parts.append("\\b(?:" + "|".join(bounded) + ")")
            bounded = []
        parts.append(f"(?:{p.pattern})")
    if bounded:
        parts.append("\\b(?:" + "|".join(bounded) + ")")
    return re.compile("|".join(parts), re.IGNORECASE)


def _alternation_or_none(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    return _alternation(patterns) if patterns else None


def _ending_or_none(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One of the patterns anchored at the end of a text (trailing space allowed), or None."""
    if not patterns:
        return None
    return re.compile(f"(?:{_alternation(patterns).pattern})\\s*$", re.IGNORECASE)


def _listed_claims(
    doc: Doc, kind_names: tuple[str, ...] = _LISTED_CLAIM_KINDS
) -> list[tuple[int, int]]:
    """Token bounds of the Doc's count claims of signers or joiners (or `kind_names`), in order."""
    group = doc.spans.get(CLAIM_KEY)
    if not group:
        return []
    kinds = {doc.vocab.strings[kind] for kind in kind_names}
    return sorted((sp.start, sp.end) for sp in group if sp.label in kinds)


def _enumerations_getter(doc: Doc) -> list[Enumeration]:
    return [Enumeration(**row) for row in doc.user_data.get(USER_DATA_KEY, [])]


class EnumerationFinder:
    """Finds enumerations of endorsers and marks their entity spans `tally_role="signatory"`."""

    def __init__(
        self, nlp: Language, name: str, min_entities: int = 3, cues_path: str | None = None
    ) -> None:
        Doc.set_extension("tally_enumerations", getter=_enumerations_getter, force=True)
        Span.set_extension("tally_role", getter=role_of, force=True)
        self.name = name
        self.min_entities = min_entities
        self.cues_path = cues_path
        strings = nlp.vocab.strings
        self._comma_h, self._the_h = strings.add(","), strings.add("the")
        self._and_h = frozenset((strings.add("and"), strings.add("&")))
        self._compile(load_enumeration_cues(cues_path))

    def _compile(self, patterns: tuple[tuple[re.Pattern[str], ...], ...]) -> None:
        (
            cues,
            counters,
            glue,
            before,
            cells,
            claim_links,
            list_claim_links,
            attendees,
            after,
            reversals,
            negations,
            co_signer_links,
            contrasts,
            descriptors,
            pro_verbs,
            concessions,
            heading_exclusions,
            apposition_heads,
            companion_acts,
            places_before_count,
            clause_openers,
            status_cells,
            text_cues,
            outsiders_headings,
            sequence_cues,
            take_up_heads,
            take_up_predicates,
        ) = patterns
        # One alternation per role: a single scan of each short text instead of one per pattern.
        self.cue_re = _alternation(cues)
        self.counter_re = _alternation(counters) if counters else re.compile(r"(?!x)x")
        self.glue = glue
        # Anchored at the end of the text before a cue: "cooperation with |partners including".
        self.before_re = _ending_or_none(before)
        self.cells = cells
        self.status_cells = status_cells
        # A text the listed parties put out ("issued a joint statement accusing A of ..."): the
        # words after it are its content, not their act.
        self.text_cue_re = _alternation_or_none(text_cues)
        # A heading for parties outside a list ("Still outside:"), anchored at its end.
        self.outsiders_heading_re = _ending_or_none(outsiders_headings)
        # A place in a sequence before those who came first ("the fourth to sign, after").
        self.sequence_cue_re = _ending_or_none(sequence_cues)
        # What makes a list's own sentence take up the sentence before: a head in its clause
        # before it ("Its members, among them"), or its predicate right after it ("followed").
        self.take_up_head_re = _alternation_or_none(take_up_heads)
        self.take_up_predicate_re = _alternation_or_none(take_up_predicates)
        # Whole-gap patterns around a count claim, and a list of people at the end of a text.
        self.claim_link_re = _alternation_or_none(claim_links)
        self.list_claim_link_re = _alternation_or_none(list_claim_links)
        self.attendees_re = _ending_or_none(attendees)
        self.counter_after_re = _alternation_or_none(after)
        # Anchored at the end of the words between a list and a cue after it: "have since".
        self.reversal_re = _ending_or_none(reversals)
        self.negation_re = _alternation_or_none(negations)
        # Whole-gap patterns between a party and a list it is linked to as co-signer.
        self.co_signer_re = _alternation_or_none(co_signer_links)
        self.contrast_re = _alternation_or_none(contrasts)
        # A status or office named right before the list ("Non-members X, Y and Z adhered",
        # "endorsed by outreach guests X, Y", "ministers from X, Y added their names"): not
        # another act, so its counter words do not undo the list's own signing act.
        if descriptors:
            desc = _alternation(descriptors).pattern
            self.descriptor_end_re: re.Pattern[str] | None = re.compile(
                f"(?:^|(?<=[\\s,(—–]))(?:the\\s+)?(?:{desc})\\s*$", re.IGNORECASE
            )
        else:
            self.descriptor_end_re = None
        # "A did not join, although X, Y and Z did": a pro-verb closing the list's clause after a
        # concession takes up the negated signing act before it.
        self.pro_verb_re = _alternation_or_none(pro_verbs)
        self.concession_re = _alternation_or_none(concessions)
        # "Signatories beyond the EU: • A • B": the name before the heading's colon is the
        # heading's, left out of the list under it.
        self.heading_exclusion_re = _ending_or_none(heading_exclusions)
        # "The Five Eyes — X, Y, Z —", "Three more countries — X, Y and Z —": a named grouping
        # or a count of states opening its clause, spelled out between dashes.
        self.apposition_head_re = _ending_or_none(apposition_heads)
        # "X, Y and Z were joined by A in endorsing ...", "X, Y and Z joined A as founding
        # members": the shared act named right after a companion the list joined or was joined by.
        self.companion_act_re = _alternation_or_none(companion_acts)
        # "supports education in nearly 90 countries, among them X, Y and Z": a count of the
        # places where something happens, not of parties (read only right before a count).
        self.place_before_count_re = _ending_or_none(places_before_count)
        # "Russia refused to sign, but X, Y and Z signed": a word opening a clause of which the
        # list is the subject, at most a few words before it ("after the Gulf states X, Y").
        self.clause_opener_re = (
            re.compile(
                f"(?:{_alternation(clause_openers).pattern})"
                f"(?=((?:\\s+[\\w'’-]+){{0,{_MAX_OPENER_LEAD}}}\\s*$))",
                re.IGNORECASE,
            )
            if clause_openers
            else None
        )
        self._lexemes: dict[int, _Lexeme] = {}
        self.flags = LexemeFlags(
            {
                "newline": _has_newline,
                "glue": partial(_matches_any, glue),
                "space": str.isspace,
                "alpha": str.isalpha,
                "bullet": partial(_matches, _BULLET),
                "footnote": partial(_matches, _SUPERSCRIPT),
                "heading_or_paren": partial(_matches, _INLINE_MARK),
                "semicolon": ";".__eq__,
            }
        )

    def _lexeme(self, doc: Doc, orth: int) -> _Lexeme:
        lex = self._lexemes.get(orth)
        if lex is None:
            text = doc.vocab.strings[orth]
            lex = _Lexeme(
                newline="\n" in text,
                glue=any(p.match(text) for p in self.glue),
                bullet=bool(_BULLET.match(text)),
                space=text.isspace(),
                alpha=text.isalpha(),
                footnote=bool(_SUPERSCRIPT.fullmatch(text)),
                cell_separator=bool(_CELL_SEPARATOR.fullmatch(text)),
                cell_value=any(p.fullmatch(text) for p in self.cells),
                status_cell=any(p.fullmatch(text) for p in self.status_cells),
                text=text,
            )
            self._lexemes[orth] = lex
        return lex

    def _rows(self, doc: Doc, view: _DocView, start: int, end: int) -> list[_Lexeme]:
        """Lexeme facts for tokens start..end, from the Doc's ORTH column."""
        return [self._lexeme(doc, orth) for orth in view.orths(start, end)]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Find enumerations in Docs a batch at a time (token columns built once per batch)."""
        for batch in minibatch(docs, size=batch_size):
            spans = [_entity_bounds(doc) for doc in batch]
            busy = [i for i, found in enumerate(spans) if len(found) >= self.min_entities]
            views = dict(zip(busy, _doc_views([batch[i] for i in busy], self.flags), strict=True))
            for i, doc in enumerate(batch):
                view = views.get(i)
                doc.user_data[USER_DATA_KEY] = (
                    [] if view is None else self._find(doc, view, spans[i])
                )
            columns.release(batch)  # (the last component to read them)
            yield from batch

    def _find(self, doc: Doc, view: _DocView, spans: list[_Ent]) -> list[dict[str, Any]]:
        """Enumerations among a Doc's entity spans, as plain dicts (they survive Doc.to_bytes)."""
        found: list[dict[str, Any]] = []
        signatories: list[int] = []
        taken: set[int] = set()  # starts of the names an enumeration already holds
        items: list[frozenset[int]] = []  # each enumeration's name starts, in `found` order
        claims: list[tuple[int, int]] | None = None  # read once, for the first long run
        spans = self._without_asides(view, spans)
        runs, heads = self._ranges(view, self._runs(doc, view, spans))
        runs = [self._without_heading_name(view, run) for run in runs]
        runs = [self._without_empty_rows(doc, view, run) for run in runs]
        for long_run in runs:
            if len(long_run) < self.min_entities - 1:
                continue  # one name short is still read: co-signers may complete it
            if claims is None:
                claims = _listed_claims(doc)
            for run in self._closed_lists(view, long_run):
                if taken.issuperset(sp[START] for sp in run):
                    continue  # companions an earlier list took in ("..., alongside X, Y and Z")
                head = heads.get(run[0][START])
                enumeration = self._enumeration(doc, view, spans, run, claims, head)
                if enumeration is not None:
                    run, row = enumeration
                    signatories.extend(sp[START] for sp in run)  # read by `role_of`
                    taken.update(sp[START] for sp in run)
                    found.append(row)
                    items.append(frozenset(sp[START] for sp in run))
        blocks = list(self._signature_blocks(doc, view, spans, taken))
        for run, row in blocks:
            signatories.extend(sp[START] for sp in run)
            found.append(row)
            items.append(frozenset(sp[START] for sp in run))
        if blocks:  # (in text order with the rest)
            order = sorted(range(len(found)), key=lambda i: found[i]["start"])
            found, items = [found[i] for i in order], [items[i] for i in order]
        doc.user_data[SIGNATORY_KEY] = signatories
        # A list whose names a later list took in as its co-signers is part of that one:
        # "Besides A, B and C, the signatories include X, Y and Z" is one list, not two.
        found = [
            row
            for i, row in enumerate(found)
            if not any(i != j and items[i] < other for j, other in enumerate(items))
        ]
        return _merged_samples(doc, found)

    def _signature_blocks(
        self, doc: Doc, view: _DocView, spans: list[_Ent], taken: set[int]
    ) -> Iterator[tuple[list[_Ent], dict[str, Any]]]:
        """Signature blocks: a line that ends in a colon after a signing word ("The declaration
        was signed by:[4]"), then one signer a line, each line closed by its party after the
        person and the office ("Gary Lunn, Minister of Natural Resources, Canada") or opened by
        "For" and its party ("For the Kingdom of Denmark, Per Stig Møller"), up to a blank line
        or a line without one (session 21). Rosters of names alone are read as runs."""
        if not view.has_inline_marks(0, view.n):
            return  # no colon in the Doc (in O(1): Doc.text re-joins every token)
        text = doc.text
        if ":" not in text:
            return
        starts = [doc[sp[START]].idx for sp in spans]
        for heading in _SIGNATURE_HEADING.finditer(text):
            if self._counter(heading.group(0)):
                continue  # "Not signed by:", "Non-signatories:"
            pos, run = heading.end(), []
            while pos < len(text):
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                line = text[pos:line_end]
                lo, hi = bisect_left(starts, pos), bisect_left(starts, line_end)
                if not line.strip() or lo == hi or "," not in line:
                    break
                last = spans[hi - 1]
                tail = text[doc[last[END] - 1].idx + len(doc[last[END] - 1]) : line_end]
                if _SIGNATURE_LINE_TAIL.fullmatch(tail):
                    run.append(last)
                elif _SIGNING_FOR.match(line):
                    run.append(spans[lo])  # "For the Kingdom of Denmark, Per Stig Møller"
                else:
                    break
                pos = line_end + 1
            labels = dict.fromkeys(sp[LABEL] for sp in run)
            if len(labels) < self.min_entities or taken.issuperset(sp[START] for sp in run):
                continue
            taken.update(sp[START] for sp in run)
            yield run, _enumeration_row(doc, run, labels, heading.group(0).strip())

    def _without_heading_name(self, view: _DocView, run: list[_Ent]) -> list[_Ent]:
        """The run without its first name when that name closes a heading that leaves it out:
        "Signatories beyond the EU: • A • B" (a `heading_exclusion` right before the name, a
        colon right after it)."""
        if self.heading_exclusion_re is None or len(run) < 2:
            return run
        first = run[0]
        if not view.has_inline_marks(first[END], run[1][START]):
            return run  # no colon after the first name, in O(1)
        if view.text(first[END], run[1][START]).split()[:1] != [":"]:
            return run
        sent_start, _ = view.sentence(first[START])
        if not self.heading_exclusion_re.search(view.text(sent_start, first[START])):
            return run
        return run[1:]

    def _without_empty_rows(self, doc: Doc, view: _DocView, run: list[_Ent]) -> list[_Ent]:
        """The run without the names of table rows whose cells are all empty ("Singapore | 12 Mar
        2025 | yes; ...; Viet Nam | — | —": Viet Nam has not signed). Only a name followed by a
        pipe or a tab is read, up to the row's end (a semicolon, full stop or line break)."""
        if len(run) < self.min_entities:
            return run
        kept = []
        for k, sp in enumerate(run):
            end = sp[END]
            lex = self._lexeme(doc, int(view.cols[end, 0])) if end < view.n else None
            if lex is not None and lex.cell_separator and lex.text not in "–—":
                limit = run[k + 1][START] if k + 1 < len(run) else view.n
                rows = self._rows(doc, view, end, min(limit, end + _MAX_ROW_CELLS))
                if self._empty_row(rows, at_end=end + len(rows) == view.n):
                    continue
            kept.append(sp)
        return kept

    @staticmethod
    def _empty_row(rows: list[_Lexeme], at_end: bool) -> bool:
        """Whether the cells of a row after its name are all empty dashes (or "n/a") up to the
        row's end (a semicolon, full stop or line break, or the end of the text, `at_end`):
        "| — | —;", or a cell that opens with "not" or "never" ("India | not signed;")."""
        empty = False
        negated = False  # a cell that opens with "not" or "never": "| not signed;"
        cell_start = True
        for lex in rows:
            if lex.newline or lex.text in (";", "."):
                return empty or negated
            if negated or lex.space:
                continue
            if lex.cell_separator and lex.text not in "–—":
                cell_start = True
                continue
            if lex.text in _EMPTY_CELLS:
                empty = True
            elif cell_start and lex.text.lower() in ("not", "never"):
                negated = True
            else:
                return False
            cell_start = False
        return (empty or negated) and at_end

    def _closed_lists(self, view: _DocView, run: list[_Ent]) -> list[list[_Ent]]:
        """The run cut after a list closed by "and" that a semicolon or dash follows: in "X, Y
        and Z; W, under its new president, signed late" W opens a clause of its own ("five
        members — X, Y and Z — and A remains suspended": A too). A lone name before
        the only semicolon of a comma list ends the clause before it: "A and B launch a
        coalition for Ukraine; X, Y and Z to join"."""
        if not view.has_inline_marks(run[0][END], run[-1][START]) and (
            len(run) <= self.min_entities or not view.has_and_then_comma_and(run)
        ):
            return [run]  # the common case, in O(1)
        gaps = [view.text(left[END], right[START]).split() for left, right in pairwise(run)]
        if (
            len(run) > self.min_entities
            and ";" in gaps[0]
            and ":" not in gaps[0]
            and not view.has_newline(run[0][END], run[1][START])
            and not any(";" in words for words in gaps[1:])
        ):
            return [[run[0]], run[1:]]
        pieces = [[run[0]]]
        closed = bulleted = False
        for (left, right), words in zip(pairwise(run), gaps, strict=True):
            dash = "—" in words or "–" in words
            # ", and" after a list closed by "and" opens another clause: "signed by X, Y and Z,
            # and A and B have been invited to associate themselves with it".
            comma_and = [w.lower() for w in words[:2]] == [",", "and"]
            if (
                (
                    closed
                    and (";" in words or dash or comma_and)
                    or bulleted
                    and dash
                    and "•" not in words
                )
                and ":" not in words
                and not view.has_newline(left[END], right[START])
                and not (dash and self._ends_sentence(view, right))
            ):
                # ... also a bullet list along a line that a dash ends: "Signatories: A • B • C
                # — D was not invited" (the separator changes, another clause begins).
                pieces.append([right])
                closed = bulleted = False
                continue
            closed = closed or any(w.lower() in _FINAL_CONJUNCTIONS for w in words)
            bulleted = bulleted or "•" in words
            pieces[-1].append(right)
        return pieces

    @staticmethod
    def _ends_sentence(view: _DocView, span: _Ent) -> bool:
        """Whether only a full stop or a footnote mark follows the name in its sentence: "...
        between the eight Alpine states — X, Y, ... and Z — and the European Union.[3]" (the
        name after the closing dash ends the list, it opens no clause of its own)."""
        _, sent_end = view.sentence(span[START])
        return not view.text(span[END], sent_end).strip(" .[]0123456789")

    def _enumeration(
        self,
        doc: Doc,
        view: _DocView,
        spans: list[_Ent],
        run: list[_Ent],
        claims: list[tuple[int, int]],
        head: int | None = None,
    ) -> tuple[list[_Ent], dict[str, Any]] | None:
        """The run as an enumeration (its spans, co-signers first, and its dict), or None.

        `head` is the "from" token opening a range ("from X and Y to Z"), else None.
        """
        labels = dict.fromkeys(sp[LABEL] for sp in run)  # distinct, in order
        linked = None
        if len(labels) < self.min_entities:
            # One name short: a co-signer before it may complete the list ("which the United
            # States co-sponsored with Sweden and Ghana").
            if len(labels) < self.min_entities - 1 or head is not None:
                return None
            linked = self._co_signers(view, spans, run, labels, claims)
            if len(dict.fromkeys(sp[LABEL] for sp in linked)) + len(labels) < self.min_entities:
                # ... or a companion in the same act after it: "X and Y both signed on Tuesday,
                # as did Z"; "X and Y as well as A" (not "alongside": "seat X and Y alongside A").
                after = self._co_signer_after(view, spans, run, labels, shared_act_only=True)
                if len(dict.fromkeys(sp[LABEL] for sp in after)) + len(labels) < self.min_entities:
                    return None
        cue = self._signing_cue(doc, view, run[0], run[-1], claims, head)
        if cue is None:
            return None
        if linked is None:
            linked = self._co_signers(view, spans, run, labels, claims)
        if not linked:
            linked = self._one_of_the_others(view, spans, run, labels)
        if linked:
            run = [*linked, *run]  # "Italy, the host, was joined by X, Y and Z in signing"
            labels = {**dict.fromkeys(sp[LABEL] for sp in linked), **labels}
        trailing = (
            self._co_signer_after(view, spans, run, labels)
            or self._pronoun_companion(view, spans, run, labels)
            or self._subject_after_fronted(view, spans, run, labels)
        )
        if trailing:
            run = [*run, *trailing]  # "X, Y and Z were among the first to sign alongside Canada"
            labels.update(dict.fromkeys(sp[LABEL] for sp in trailing))
        return run, _enumeration_row(doc, run, labels, cue)

    def _co_signers(
        self,
        view: _DocView,
        spans: list[_Ent],
        run: list[_Ent],
        labels: dict[int, None],
        claims: list[tuple[int, int]],
    ) -> list[_Ent]:
        """The parties a signing list is linked to as co-signers (often none).

        The name right before the list in its sentence, joined to it by a `co_signer_link`
        ("Japan alongside X, Y", "Finland and 25 other ministries, including those of X, Y",
        "Italy, the host, was joined on the first day by X, Y", "A ratified it on Monday,
        joining X, Y", "a coalition led by Latvia, with X, Y ... among its members"), when it is
        the agent ("endorsed by Japan alongside", "chaired by Estonia, counts X, Y") or opens
        the sentence (the subject), with no counter cue before it or between it and the list.
        Names joined to it by list glue go with it ("A and B both endorsed it, joining X, Y").
        """
        if self.co_signer_re is None:
            return []
        k = bisect_left(spans, run[0][START], key=lambda sp: sp[START]) - 1
        if k < 0:
            return []
        sent_start, _ = view.sentence(run[0][START])
        while k > 0 and _GROUP_NOUN_START.match(view.text(spans[k][END], run[0][START])):
            k -= 1  # "Ireland was among nine EU member states to ...": "EU" modifies the noun
        while k > 0 and _hyphen_attached(view, spans[k]):
            k -= 1  # "A endorsed the US-led declaration, joining X, Y": "US" modifies the noun
        # A name inside a relative clause about the co-signer is a modifier: "Germany, which
        # holds the EU presidency, was one of the signatories, alongside X, Y and Z".
        while k > 0 and spans[k - 1][START] >= sent_start:
            # (... or in a lower-case aside: "Denmark, signing on behalf of Greenland, joined")
            after = view.text(spans[k - 1][END], run[0][START])
            aside = _CO_SIGNER_ASIDE.match(after) or _PARTY_ASIDE.match(after)
            if aside is None or aside.end() < len(view.text(spans[k - 1][END], spans[k][END])):
                break  # (the aside must hold the name: it is a modifier inside it)
            k -= 1
        party = spans[k]
        if party[START] < sent_start or party[LABEL] in labels:
            return []
        link = view.text(party[END], run[0][START])
        if (office := _POSSESSIVE_OFFICE.match(link)) is not None:
            link = link[office.end() :]
        lead = view.text(sent_start, party[START])
        if _NOW_HAS_MEMBERS.fullmatch(link):
            # "The group, founded by Japan in 2017, now has 68 members, including" (founders
            # glued to the party go with it: "co-founded by Denmark and Costa Rica at COP26")
            first = _glued_reach(view, spans, k, -1, sent_start, view.n, labels)
            if _FOUNDED_BY_END.search(view.text(sent_start, spans[first][START])):
                return spans[first : k + 1]
        if _ALONGSIDE_END.search(lead) and len(link.split()) <= 2 and not self._counter(lead):
            return [party]  # "Among the first to sign alongside Canada were X, Y and Z"
        if _FRONTED_JOINED_LINK.fullmatch(link):
            # "Joining Kenya in the core group were X, Y and Z" (names glued to the party go
            # with it: "Joining New Zealand and France at the launch were X, Y and Z")
            first = _glued_reach(view, spans, k, -1, sent_start, view.n, labels)
            if _FRONTED_JOINED_LEAD.fullmatch(view.text(sent_start, spans[first][START])):
                return spans[first : k + 1]
        if link.lstrip().startswith(",") or _FRONTED_ADVERBIAL.match(link):
            # "Alongside the UAE, the signatories are X, Y and Z"; "Led by the UK and India, the
            # initiative brings together X, Y and Z" (names glued to the party go with it). A
            # fronted companion needs no cue of its own before the list: "Alongside Russia, its
            # partners in the CSTO — X, Y and Z — have all signed up" (the list has its cue).
            # A short adverbial may end the fronted phrase: "Launched by Germany in 2022 with 14
            # other members, the initiative now counts 22 participating states including X, Y".
            first = _glued_reach(view, spans, k, -1, sent_start, view.n, labels)
            fronted = view.text(sent_start, spans[first][START])
            cue = self._last_cue(link)
            # (the cue's own words are no counter: "... counts 22 participating states including")
            rest = link if cue is None else f"{link[: cue.start()]} cue {link[cue.end() :]}"
            if (
                _FRONTED_COMPANION.fullmatch(fronted)
                or (_FRONTED_LEADER.fullmatch(fronted) and cue is not None)
            ) and not self._counter(self._without_office(rest)):
                # ("Besides the UK and the US, the guidelines were endorsed by agencies in X, Y")
                return spans[first : k + 1]
        if _ASIDE_AS_WELL_AS.fullmatch(link) and not self._counter(link):
            first = _glued_reach(view, spans, k, -1, sent_start, view.n, labels)
            lead = view.text(sent_start, spans[first][START])
            cue = self._last_cue(lead)
            if (
                k - first + 1 < self.min_entities
                and cue is not None
                and len(lead.split()) <= _MAX_CUE_LEAD_WORDS
                and not self._counter(lead)
            ):
                return spans[first : k + 1]  # "Signatories include A, which drafted it, as well as"
        others = _OTHERS_LINK.fullmatch(link)
        spelled = others is not None and parse_number(others["count"]) == len(labels)
        if spelled:
            pass  # "A and the four other co-hosts — X, Y, Z and W": the count spells the list
        elif not self.co_signer_re.fullmatch(link) and not (
            # ... past an aside about the party: "Madagascar, which grows 80% of the world's
            # vanilla, signed alongside eight importing countries, among them X, Y and Z";
            # "Chile, home to the largest observatories, launched it with 14 other countries"
            (aside := _PARTY_ASIDE.match(link) or _BRACKET_ASIDE.match(link)) is not None
            and self.co_signer_re.fullmatch(link, aside.end())
        ):
            return []
        # A count of signers in the link is no counter, whatever its noun: "signed by A and 45
        # other participants, including X, Y and Z".
        for c_start, c_end in reversed(claims):  # (the count nearest the list)
            if party[END] <= c_start and c_end <= run[0][START]:
                link = view.text(party[END], c_start) + " " + view.text(c_end, run[0][START])
                break
        # "signed for A alongside counterparts from X, Y and Z": the office's "from" (and a
        # range's: "joined in signing by countries ranging from X and Y to Z")
        link = _RANGE_LEAD_END.sub("", self._without_office(link))
        if self._counter(_CO_SIGNER_ASIDE.sub(",", link)):
            return []
        first = _glued_reach(view, spans, k, -1, sent_start, view.n, labels)
        while first < k and _dateline_before(view, sent_start, spans[first + 1][START]):
            first += 1  # "AKTAU, Kazakhstan — Kazakhstan and the other four ...": a dateline's
        if k - first + 1 >= self.min_entities:
            return []  # "X, Y and Z are the newest members, joining founders such as A, B, C"
        lead = view.text(sent_start, spans[first][START])
        lead = _DATELINE.sub("", lead, count=1)  # "RIYADH (SPA) -- A signed ..." opens there
        lead = _COLON_DATELINE.sub("", lead, count=1)  # "ISLAMABAD: A and B signed ..."
        lead = lead.lstrip(_OPENING_QUOTES)  # a quote opening on the subject: '"Lithuania is'
        lead = self._own_clause(lead)  # "Egypt did not sign, while A signed alongside X, Y"
        if self._counter(lead):
            return []
        if not spelled and not _SUBJECT_OR_AGENT.fullmatch(lead) and not self._cue_lead(lead):
            # (a party counted with the list it spells out is one of them wherever it stands:
            # "left the council with Norway and four other member states — A, B, C and D")
            return []
        return spans[first : k + 1]

    def _one_of_the_others(
        self, view: _DocView, spans: list[_Ent], run: list[_Ent], labels: dict[int, None]
    ) -> list[_Ent]:
        """The subject of the sentence before a list of "the others", when it is "one of the N":
        "Tonga, which hosted the signing, is one of the eight countries that have ratified it.
        The others are: X, Y, Z"."""
        sent_start, _ = view.sentence(run[0][START])
        pre = view.text(sent_start, run[0][START])
        if not pre.strip(_BULLET_MARKS) and sent_start > 0:
            # a bullet list: its lead is the line before ("The others are:\n• X\n• Y")
            sent_start, _ = view.sentence(sent_start - 1)
            pre = view.text(sent_start, run[0][START]).rstrip(_BULLET_MARKS)
        # (in one sentence past a semicolon the `co_signer_link` of "one of" reads it already:
        # "A is one of five signatories; the others are X, Y and Z")
        if sent_start == 0 or not _THE_OTHERS_LEAD.fullmatch(pre):
            return []
        lo, hi = view.sentence(sent_start - 1)
        k = bisect_left(spans, lo, key=lambda sp: sp[START])
        if k >= len(spans) or spans[k][START] >= hi or spans[k][LABEL] in labels:
            return []
        subject = spans[k]
        if view.text(lo, subject[START]).strip() not in ("", "The", "the"):
            return []  # the party must open the clause
        rest = view.text(subject[END], hi).split(";", 1)[0]  # (the subject's own clause)
        one_of = _ONE_OF_THE.match(rest)
        if one_of is None or self._counter(rest[one_of.start("verb") :]):
            return []  # (an aside about the subject may hold any word: "which hosted it")
        return [subject]

    def _without_office(self, link: str) -> str:
        """The text before a list without the preposition of the office or status ending it.

        "counterparts from", "agencies in": the office acts for the states named after it, so
        its place preposition is no counter.
        """
        if self.descriptor_end_re is not None and self.descriptor_end_re.search(link):
            return _OFFICE_PREPOSITION.sub("", link)
        return link

    def _cue_lead(self, lead: str) -> bool:
        """Whether `lead` is a short opening that ends with the list's cue, so the party after
        it is the list's first item: "Signatories include the US and close allies X, Y, Z"."""
        if len(lead.split()) > _MAX_CUE_LEAD_WORDS or self._counter(lead):
            return False
        cue = self._last_cue(lead)
        return cue is not None and _CUE_LEAD_TAIL.fullmatch(lead, cue.end()) is not None

    def _co_signer_after(
        self,
        view: _DocView,
        spans: list[_Ent],
        run: list[_Ent],
        labels: dict[int, None],
        shared_act_only: bool = False,
    ) -> list[_Ent]:
        """The parties named right after the list as its companions in the act (often none):
        "X, Y and Z were among the first to sign alongside Canada.", "..., alongside the United
        States and the EU.", "..., as did Tunisia.", "A, B and C set up the group and were
        joined by D later that year, creating ..." (the companions end their clause)."""
        k = bisect_left(spans, run[-1][END], key=lambda sp: sp[START])
        _, sent_end = view.sentence(run[-1][END] - 1)
        while k < len(spans) and spans[k][END] <= sent_end and _modifier(view, spans[k], sent_end):
            k += 1  # "..., are among the non-EU parties, alongside A": a modifier, not a party
        if k >= len(spans):
            return []
        party = spans[k]
        if party[END] > sent_end or party[LABEL] in labels:
            return []
        # A relative clause closed by a comma is an aside about the list: "X, Y and Z, which
        # border the lake, along with A".
        link = view.text(run[-1][END], party[START])
        link = _past_signer_name(link)
        link = _RELATIVE_CLAUSE.sub(",", link)
        link = _STATUS_ASIDE.sub(",", link, count=1)  # "A and B, both observer states, signed"
        # ... and so is one set off by dashes: "X, Y and Z — all of which ... — were among
        # the signatories, as was A".
        aside = _opening_dash_aside(link)
        if aside is not None and _RELATIVE_WORD.search(link, 0, aside.end()):
            link, aside = link[aside.end() :], None  # (read past once)
        joined_link = _JOINED_LINK.fullmatch(link) is not None
        joined_by = _JOINED_BY_END.search(link) is not None and bool(
            _ALONGSIDE_LINK.fullmatch(link)
        )
        joining = _JOINING_END.search(link) is not None  # "A and B signed, joining C"
        if joined_link:
            # "X, Y and Z joined Brazil in pledging money to the fund": the party they joined
            # in an act (not "joined the EU in 2004", nor "joined Russia in voting against").
            # (Other shapes of "joined A" are read below: "joined A as founding members".)
            last = _glued_reach(view, spans, k, 1, 0, sent_end, {})
            act = _IN_ACT.match(view.text(spans[last][END], sent_end))
            if act is not None and not self._counter(act.group(0)):
                return [sp for sp in spans[k : last + 1] if sp[LABEL] not in labels]
        if shared_act_only and not (
            _SHARED_ACT_LINK.search(link)
            or _INNER_COMPANION_LINK.fullmatch(link)
            or _AND_LINK.fullmatch(link)
            or joined_by
            or joining
        ):
            return []  # (checked first: most pairs of names have no such companion)
        follower = False
        joined = self.companion_act_re is not None and joined_link
        last_word = _DASH_AND_LINK.fullmatch(link) is not None  # must end the sentence
        if aside is not None and not _ALONGSIDE_LINK.fullmatch(link):
            past = link[aside.end() :]
            if _ALONGSIDE_LINK.fullmatch(past):
                link = past  # "X, Y and Z — the front-line states — have all endorsed the text,
                # alongside A"
        # ", and A followed in June" (the link is final from here on).
        and_link = _AND_LINK.fullmatch(link) is not None
        if not (joined or last_word) and not _ALONGSIDE_LINK.fullmatch(link):
            if _WITH_LINK.fullmatch(link):
                follower = True  # ", with A following a year later": read its verb below
            elif and_link:
                follower = True  # "..., and A followed in June": its verb right after it too
            else:
                return []
        if self._counter(_COMPANION_SOURCE.sub("", link)):
            return []
        inner = False  # "X and Y, along with A, have signed": a companion inside the clause
        if shared_act_only and not _SHARED_ACT_LINK.search(link):
            if _INNER_COMPANION_LINK.fullmatch(link):
                inner = True
            elif joined_by:
                # "A and B were joined by C in signing the declaration": only with C's act
                act = self.companion_act_re is not None and self.companion_act_re.match(
                    view.text(party[END], sent_end)
                )
                if not act:
                    return []
            elif not (and_link or joining):
                return []
        if _RELATIVE_WORD.search(_THOSE_WHO.sub("", link)):
            return []  # "..., which takes part alongside the EU's member states": another act
            # (not "were among those who signed, along with A": the list's own predicate)
        # "alongside the United States and the EU": names joined by list glue go with it.
        last = _glued_reach(view, spans, k, 1, 0, sent_end, {})
        while last > k and view.has_semicolon(spans[k][END], spans[last][START]):
            last -= 1  # "... such as A and B; the United States left": a new clause
        if _LATER_WAVE.search(link) and (
            len({sp[LABEL] for sp in spans[k : last + 1]}) >= self.min_entities
        ):
            return []  # "..., and has since been joined by X, Y and Z": a later wave, its own list
        rest = view.text(spans[last][END], min(sent_end, spans[last][END] + 8))
        if _GROUP_NOUN_START.match(rest):
            return []  # "..., as well as most EU states": a modifier of others, not a party
        if inner:
            # ... closed by a comma, the list's own act after it.
            return (
                []
                if not rest.startswith(",") or self._first_cue(rest) is None
                else [sp for sp in spans[k : last + 1] if sp[LABEL] not in labels]
            )
        if follower and and_link and _ITSELF.match(rest):
            return [sp for sp in spans[k : last + 1] if sp[LABEL] not in labels]  # ", and X itself"
        if follower:
            trailer = _FOLLOWED_TRAILER if and_link else _FOLLOWER_TRAILER
            among = None if and_link else _AMONG_STATUS.match(view.text(spans[last][END], sent_end))
            if among is not None:
                # ", with A and B among first-time donors": a status the list's cue names
                if self._first_cue(among.group()) is None or self._counter(among.group()):
                    return []
            elif not trailer.match(rest):
                # ... also past a relative clause about them: "with A and B, which share the
                # basin, signing as upstream partners"
                tail = view.text(spans[last][END], sent_end)
                relative = _RELATIVE_CLAUSE.match(tail) or _opening_dash_aside(tail)
                if relative is None or not trailer.match(tail, relative.end()):
                    return []  # followers with their verb right after them ("with A following")
        elif last_word:
            if not _SENTENCE_END.match(rest):
                return []  # "— and, crucially, the US has not signed": another clause
        elif self.companion_act_re is not None and self.companion_act_re.match(rest):
            pass  # "... were joined by A in endorsing the declaration", "joined A as members"
        elif joined or not _COMPANION_TRAILER.match(rest):
            return []
        return [sp for sp in spans[k : last + 1] if sp[LABEL] not in labels]

    def _subject_after_fronted(
        self, view: _DocView, spans: list[_Ent], run: list[_Ent], labels: dict[int, None]
    ) -> list[_Ent]:
        """The subject right after a fronted list of companions, when its own verb is a cue:
        "Together with X, Y and Z, Canada signed the pledge"; "Like X, Y and Z, Mexico has
        endorsed it" (often none)."""
        sent_start, sent_end = view.sentence(run[0][START])
        lead = view.text(sent_start, run[0][START])
        if not (_FRONTED_COMPANION.fullmatch(lead) or _FRONTED_LIKE.fullmatch(lead)):
            return []
        k = bisect_left(spans, run[-1][END], key=lambda sp: sp[START])
        if k >= len(spans) or spans[k][END] > sent_end or spans[k][LABEL] in labels:
            return []
        if view.text(run[-1][END], spans[k][START]).strip() not in (",", ", the"):
            return []
        rest = view.text(spans[k][END], sent_end)
        cue = self._first_cue(rest)
        if cue is None or len(rest[: cue.start()].split()) > _MAX_SUBJECT_VERB_GAP:
            return []
        return [] if self._counter(rest[: cue.end()]) else [spans[k]]

    def _pronoun_companion(
        self, view: _DocView, spans: list[_Ent], run: list[_Ent], labels: dict[int, None]
    ) -> list[_Ent]:
        """The subject opening the sentence when the list acts "alongside it" or "joined it in"
        right after the list: "Uruguay hosted the meeting; A, B and C signed alongside it"
        (often none)."""
        sent_start, sent_end = view.sentence(run[0][START])
        post = view.text(run[-1][END], sent_end)
        if not _PRONOUN_COMPANION.match(post):
            return []
        k = bisect_left(spans, sent_start, key=lambda sp: sp[START])
        if k >= len(spans) or spans[k][START] > sent_start + 1 or spans[k][LABEL] in labels:
            return []  # (the subject must open the sentence: "Ecuador said ... it")
        if spans[k][END] > run[0][START]:
            return []
        return [spans[k]]

    def _without_asides(self, view: _DocView, spans: list[_Ent]) -> list[_Ent]:
        """The spans without names in a short parenthetical right after another name: "France
        (for Réunion)", "Denmark (including Greenland)" name a territory the item covers, not
        another party, and the list runs on past them."""
        if not view.has_inline_marks(0, view.n):
            return spans  # no parenthesis anywhere, in O(1)
        keep: list[_Ent] = []
        for sp in spans:
            if keep and _in_aside(view, keep[-1], sp):
                continue
            keep.append(sp)
        return keep

    def _ranges(
        self, view: _DocView, runs: list[list[_Ent]]
    ) -> tuple[list[list[_Ent]], dict[int, int]]:
        """Runs joined into ranges, and each range's "from" token by its first name's start.

        "from X and Y in the west to Z and W in the east, with U and V on the shore": a run
        right after "from" takes the run after "to" (a short locative may stand before it), and
        then runs after ", with" / ", and" (a locative again may stand before). The "from" is a
        range's, not an origin's ("companies from X"): `_signing_cue` reads the text before it.
        """
        heads: dict[int, int] = {}
        if len(runs) < 2:
            return runs, heads
        out: list[list[_Ent]] = []
        i = 0
        while i < len(runs):
            run = runs[i]
            head = _range_head(view, run[0])
            j = i + 1
            merged = list(run)
            if head is not None:
                _, sent_end = view.sentence(run[0][START])
                pattern = _RANGE_TO
                while j < len(runs):
                    nxt = runs[j][0]
                    if (
                        nxt[START] - merged[-1][END] > _MAX_RANGE_GAP
                        or runs[j][-1][END] > sent_end
                        or view.has_newline(merged[-1][END], nxt[START])
                        or not pattern.fullmatch(view.text(merged[-1][END], nxt[START]))
                    ):
                        break
                    merged.extend(runs[j])
                    pattern = _RANGE_AND
                    j += 1
            if head is not None and j > i + 1:
                heads[merged[0][START]] = head
                out.append(merged)
                i = j
            else:
                out.append(run)
                i += 1
        return out, heads

    def _runs(self, doc: Doc, view: _DocView, spans: list[_Ent]) -> list[list[_Ent]]:
        """Maximal chains of entity spans that `_joins` links."""
        runs: list[list[_Ent]] = []
        stray: _Ent | None = None  # a name in a list item's trailing text
        for i, sp in enumerate(spans):
            # The right name's line must read as a list item up to the next name.
            limit = spans[i + 1][START] if i + 1 < len(spans) else len(doc)
            if (
                runs
                and self._joins(doc, view, runs[-1][-1], sp, limit)
                and not self._paragraph_ends_list(doc, view, runs[-1], sp)
                and not self._closed_before(view, runs[-1], sp)
                and not _ends_dateline(view, runs[-1][-1], sp)
            ):
                runs[-1].append(sp)
                stray = None
            elif stray is not None and self._joins(doc, view, stray, sp, limit):
                runs.append([stray, sp])  # the stray name began a list of its own
                stray = None
            elif (
                stray is None
                and runs
                and sp[START] - runs[-1][-1][END] <= _MAX_GAP_TOKENS
                and self._starts_line(doc, view, runs[-1][-1])
                and not view.has_newline(runs[-1][-1][END], sp[START])
            ):
                # "• Andorra – Government of Andorra": skip the second name so the next
                # line's item can still join the list.
                stray = sp
            else:
                runs.append([sp])
                stray = None
        return runs

    def _closed_before(self, view: _DocView, run: list[_Ent], right: _Ent) -> bool:
        """Whether a run ends before a name after a mere comma: one closed by "and" ("alongside
        Timor-Leste and Eswatini, the Swiss mission said": the name opens another phrase), or
        a fronted comparison or companion ("Unlike Norway, ...", "Alongside the UAE, ...")."""
        at, cols = run[-1][END], view.cols
        gap = right[START] - at
        if gap not in (1, 2) or cols[at, 0] != self._comma_h:
            return False  # (only a bare comma, or ", the", can stand between)
        if gap == 2 and cols[at + 1, 0] != self._the_h:
            return False
        if len(run) == 1:
            # "Unlike Norway, Sweden, Denmark and Finland signed": a fronted comparison or
            # companion is no item of the list after its comma.
            start, _ = view.sentence(run[0][START])
            if gap != 1 or not 0 < run[0][START] - start <= _MAX_FRONTED_WORDS:
                return False
            lead = view.text(start, run[0][START])
            return bool(_FRONTED_COMPANION.fullmatch(lead) or _FRONTED_CONTRAST.fullmatch(lead))
        lo, hi = run[-2][END], run[-1][START]
        if not 0 < hi - lo <= 3:
            return False
        closing = [int(cols[i, 0]) for i in range(lo, hi) if cols[i, 0] != self._comma_h]
        if not closing or closing[0] not in self._and_h or closing[1:] not in ([], [self._the_h]):
            return False
        return not view.has_newline(run[-2][START], right[START])

    def _outsiders_heading(self, heading: str) -> bool:
        """Whether `heading` ends with words for parties outside a list ("Still outside")."""
        return self.outsiders_heading_re is not None and bool(
            self.outsiders_heading_re.search(heading)
        )

    def _contrary_heading(self, gap: list[_Lexeme]) -> bool:
        """Whether the tokens between two names hold a heading that names other parties: a
        counter ("Not endorsed:", "Observers:") or outsiders ("Still outside:") before a colon."""
        texts = [lex.text for lex in gap]
        if ":" not in texts:
            return False
        heading = " ".join(texts[: texts.index(":")])
        return self._counter(heading) or self._outsiders_heading(heading)

    def _starts_line(self, doc: Doc, view: _DocView, span: _Ent) -> bool:
        """Whether only a bullet or numbering precedes the span on its line."""
        start = span[START]
        nl = view.newlines
        k = bisect_left(nl, start) - 1
        line_start = nl[k] + 1 if k >= 0 and nl[k] >= start - 3 else max(0, start - 3)
        if not view.only_bullets(line_start, start):
            return False
        # A break within three tokens, or nothing but bullets back to the start of the text.
        return (k >= 0 and nl[k] >= start - 3) or start < 4

    def _joins(self, doc: Doc, view: _DocView, left: _Ent, right: _Ent, limit: int) -> bool:
        """Whether only list glue (or a list-item break) stands between two entity spans.

        `limit` is where the next entity span starts: the text from `right` to it (or to the
        line's end) is the right item's trailer, which must be short for a new line to be an
        item ("1 Canada: the ratification was accompanied by ..." is a footnote).
        """
        if right[START] - left[END] > _MAX_GAP_TOKENS:
            return False  # far apart: not list neighbours (and no need to look at the tokens)
        if right[END] < view.n and self._possessive_after_break(doc, view, left, right):
            return False  # "...; Solomon Islands (September); Dominica's instrument is pending"
        if right[START] - left[END] <= _MAX_INLINE_GAP and view.pure_glue(left[END], right[START]):
            return not view.sent_start(right[START])  # "A, B, and C": the common case, in O(1)
        if view.has_newline(left[END], right[START]) and view.pure_item_break(
            left[END], right[START]
        ):
            # "Albania\n• Andorra": one item per line, also settled from running counts.
            end = min(limit, right[END] + _MAX_GAP_TOKENS)
            return view.short_line_rest(right[END], end, _MAX_ITEM_TRAILER)
        if not view.has_newline(left[END], right[START]):
            if self._hyphen_bullets(view, left, right):
                return not view.sent_start(right[START])  # "includes: - Ghana - Kenya - Peru"
            width = right[START] - left[END]
            if 2 <= width <= _MAX_PERSON_GAP:
                between = view.text(left[END], right[START])  # (read once for both shapes)
                if (3 <= width <= 6 and _ROLE_BEFORE_ITEM.fullmatch(between)) or (
                    _PERSON_BETWEEN_ITEMS.fullmatch(between)
                ):
                    # "..., Ukraine and the host, the UAE"; "William Ruto of Kenya, Cyril
                    # Ramaphosa of South Africa": who signed for each
                    return not view.sent_start(right[START])
            if (
                right[START] - left[END] > 3
                and doc[left[END] + 1].lower_ in _RELATIVE_PRONOUNS
                and (
                    _ITEM_RELATIVE.fullmatch(view.text(left[END], right[START]))
                    or (
                        _ITEM_RELATIVE_MID.fullmatch(view.text(left[END], right[START]))
                        and right[END] < view.n
                        and doc[right[END]].text == ","
                    )
                )
            ):
                # "Taiwan, which signed as an economy, and Chile": an aside about the item
                return not view.sent_start(right[START])
            if not view.has_inline_marks(left[END], right[START]) and (
                view.words(left[END], right[START]) > _MAX_GROUP_ITEM_WORDS
                or right[START] - left[END] > _MAX_GROUP_ITEM_WORDS + _MAX_INLINE_GAP
            ):
                return False  # one line, no heading, aside or unknown item to skip
        elif view.long_break(left[END], right[START]):
            return False  # prose, not a heading, around the line break
        gap = self._rows(doc, view, left[END], right[START])
        breaks = [i for i, lex in enumerate(gap) if lex.newline]
        if not breaks:
            if view.sent_start(right[START]):  # the right name opens a new sentence
                return False
            inline = _without_parentheticals(gap)  # "France (2019), Germany (2020)"
            if not any(lex.text == ";" for lex in inline):
                inline = _without_dated_trailers(inline)  # "Mali in 1970 and Chad in 1991"
            inline = _without_and_aside(inline)  # "Colombia and, belatedly, Mexico"
            inline = _without_dash_aside(inline)  # "Tonga — represented by ... — Vanuatu"
            inline = _without_size_modifier(inline)  # "and the 27-nation European Union"
            if _table_header(inline):
                return False  # "Afghanistan — signatory | date: Albania | 29 Aug": a title
            # "Lebanon: 12 March 2025; Jordan": a row whose name is followed by a colon.
            row_colon = bool(inline) and inline[0].text == ":"
            # "...; Africa: Ghana": a region heading between two items of one line (but not a
            # heading that turns to other parties: "... • Iraq. Still outside: China, India").
            if self._contrary_heading(inline):
                return False
            inline = _after_heading(inline, _MAX_INLINE_HEADING_WORDS, inline=True)
            if inline is not None and (row_colon or any(lex.cell_separator for lex in inline)):
                # "Ghana | 2018; Senegal": a table row flattened with pipes, dates in its cells.
                inline = [lex for lex in inline if not (lex.cell_value or lex.status_cell)]
            if inline is not None and not all(lex.glue or lex.space for lex in inline):
                inline = _after_item_aside(inline)  # "Ethiopia, at 15 million hectares; the DRC"
                inline = _without_unknown_item(inline)  # "Ireland, Quebec, Sweden"
            return (
                inline is not None
                and len(inline) <= _MAX_INLINE_GAP
                and all(lex.glue or lex.space for lex in inline)
            )
        trailer = gap[: breaks[0]]
        if sum(1 for lex in trailer if lex.alpha and not lex.glue) > _MAX_ITEM_TRAILER:
            return False
        if any(not (lex.glue or lex.space or lex.bullet) for lex in trailer) and not (
            self._starts_line(doc, view, left)
        ):
            # A name inside a line of prose or a table row ("... Equatorial Guinea as new
            # members.", "Nigeria | 2022") is no list item: the list does not run on into the
            # next paragraph.
            return False
        # The new line may open with a heading: "Africa: Ghana, Kenya".
        lead = _after_heading(gap[breaks[-1] + 1 :], _MAX_HEADING_WORDS)
        if lead is not None and any(lex.footnote for lex in lead):
            return False  # "¹ Kosovo joined in 2020.": a footnote under the list
        if not self._short_trailer(doc, view, right[END], limit):
            return False
        # Between the item lines only blank lines or a short heading ("Europe", "Asia-Pacific:").
        heading_words = sum(1 for lex in gap[breaks[0] : breaks[-1] + 1] if lex.alpha)
        return (
            lead is not None
            and heading_words <= _MAX_HEADING_WORDS
            and all(lex.space or lex.glue or lex.bullet for lex in lead)
        )

    def _hyphen_bullets(self, view: _DocView, left: _Ent, right: _Ent) -> bool:
        """Whether a spaced hyphen alone stands between two names that are items of a list
        flattened with hyphen bullets: "includes: - Ghana - Kenya - Peru" (the left name has a
        hyphen bullet too, so "on Syria - Jordan, ..." is no such list)."""
        if right[START] - left[END] > 2 or view.text(left[END], right[START]).strip() not in (
            "-",
            "- the",
        ):
            return False  # ("... - the Netherlands - Lithuania")
        sent_start, _ = view.sentence(left[START])
        return _HYPHEN_BULLET_BEFORE.search(view.text(sent_start, left[START])) is not None

    def _paragraph_ends_list(self, doc: Doc, view: _DocView, run: list[_Ent], right: _Ent) -> bool:
        """Whether a blank line ends a list run along a line of prose before the right name.

        The run's last line holds words besides its names ("... signed by A, B and C.",
        "New members since the launch: • A • B"), and the right name's line opens with neither
        a heading nor a bullet: the next paragraph ("D, E and F stayed away") is no part of it.
        Item lines ("• the Czech Republic"), table rows ("A\tB\tC") and region lines
        ("Africa: A, B" then "Asia: C, D") go on.
        """
        left = run[-1]
        if right[START] - left[END] > _MAX_GAP_TOKENS or not view.has_newline(
            left[END], right[START]
        ):
            return False  # far apart (`_joins` says no) or on one line
        gap = self._rows(doc, view, left[END], right[START])
        if sum(lex.text.count("\n") for lex in gap if lex.newline) < 2:
            return False
        nl = view.newlines
        k = bisect_left(nl, left[START]) - 1
        line_start = nl[k] + 1 if k >= 0 else 0
        words = _words_besides(view, run, line_start)
        # A line opened by a bullet is an item, whatever its trailer ("• Canada (signed at the
        # launch in Paris)"); any other line may be prose.
        bulleted = _opens_with_bullet(view, line_start, left[START])
        if not bulleted and self._prose_line(view, gap, line_start, run):
            return True  # "..., the latest being Peru." then "States parties so far: A; B"
        last_break = max(i for i, lex in enumerate(gap) if lex.newline)
        lead = gap[last_break + 1 :]
        if bulleted and not any(lex.bullet for lex in lead):
            return True  # "6. North Macedonia" then "Georgia and Moldova signed on Monday"
        if self._new_heading(lead):
            return True  # "... and Spain." then "Notably absent from the call: A, B and C"
        # ... or a heading on a line of its own before the next bullets: "• Canada" then "G20
        # invitee countries supporting the GBA (4):" then "• Bangladesh" (session 19).
        blank = max(
            (i for i, lex in enumerate(gap) if lex.newline and lex.text.count("\n") >= 2),
            default=-1,  # (two single breaks with a word between: no blank line to read)
        )
        if bulleted and 0 <= blank < last_break and self._new_heading(gap[blank + 1 : last_break]):
            return True
        if words == 0:
            # A line of names only ("Argentina, Australia, ..., United States") is a roster; a
            # paragraph of prose after it is none of it ("Brazil, India and Indonesia, which
            # took part ..., have been invited to join"; session 20). Item lines go on.
            inline = len(run) >= 2 and run[-2][START] >= line_start
            return inline and not bulleted and not lead and _prose_after(view, right)
        return not any(lex.bullet or lex.text == ":" for lex in lead)

    def _new_heading(self, lead: list[_Lexeme]) -> bool:
        """Whether the paragraph after a blank line opens with a heading of a list of its own,
        not a region heading inside one list ("Africa:", "Asia and the Pacific:"): one with a
        table's cells ("Country | Joined:"), a word in lower case ("Notably absent from the
        call:", "States parties so far:"), or a cue or counter ("Signed:", "Holdouts:")."""
        texts = [lex.text for lex in lead]
        # (the colon may be glued to a bracket before it: "... the GBA (4):")
        colon = next((i for i, text in enumerate(texts) if text.endswith(":")), None)
        if colon is None:
            return False
        heading = texts[:colon]
        words = [t for t in heading if t.isalpha()]
        if not words:
            return False
        if "|" in heading or any(w.islower() and w not in _HEADING_GLUE for w in words):
            return True
        text = " ".join(heading)
        return self._first_cue(text) is not None or self._counter(text)

    @staticmethod
    def _prose_line(view: _DocView, gap: list[_Lexeme], line_start: int, run: list[_Ent]) -> bool:
        """Whether the left name's line is a line of prose, not a list's line: more than
        `_MAX_HEADING_WORDS` words besides names after its last colon and up to its break
        ("... has now been ratified by 11 states, the latest being Peru."; a headline "Canada
        and 44 others back French-led pact on information integrity")."""
        left = run[-1]
        tokens = [_token_text(view, i) for i in range(line_start, left[START])]
        colons = [i for i, t in enumerate(tokens) if t == ":"]
        head = line_start + (colons[-1] + 1 if colons else 0)
        before = _words_besides(view, run, head)
        first_break = next(i for i, lex in enumerate(gap) if lex.newline)
        trailer = sum(1 for lex in gap[:first_break] if lex.alpha and not lex.glue)
        return before + trailer > _MAX_HEADING_WORDS

    def _possessive_after_break(self, doc: Doc, view: _DocView, left: _Ent, right: _Ent) -> bool:
        """Whether the right name is a possessive ("Dominica's") after a semicolon while the left
        one is not: it opens a clause about that party, not a list item. Items stay parallel
        ("Germany's KfW; France's AFD; Italy's CDP" is a list)."""
        strings = view.strings
        if strings[int(view.cols[right[END], 0])] not in _POSSESSIVES:
            return False
        if left[END] < view.n and strings[int(view.cols[left[END], 0])] in _POSSESSIVES:
            return False
        return any(lex.text == ";" for lex in self._rows(doc, view, left[END], right[START]))

    def _short_trailer(self, doc: Doc, view: _DocView, start: int, limit: int) -> bool:
        """Whether at most `_MAX_ITEM_TRAILER` words follow on the line before `limit`."""
        words = 0
        end = min(limit, start + _MAX_GAP_TOKENS)
        for lex in self._rows(doc, view, start, end):
            if lex.newline:
                return True
            words += lex.alpha and not lex.glue
            if words > _MAX_ITEM_TRAILER:
                return False
        return True

    def _signing_cue(
        self,
        doc: Doc,
        view: _DocView,
        first: _Ent,
        last: _Ent,
        claims: list[tuple[int, int]],
        head: int | None = None,
    ) -> str | None:
        """The cue that makes the run a list of endorsers, or None.

        A range (`head`, its "from" token) is read from before its "from", and needs its cue
        there: "Shipments from X, Y and Z to A, B and C rose after the pact was signed" is none.
        """
        sent_start, _ = view.sentence(first[START])
        pre = view.text(sent_start, first[START] if head is None else head)
        _, last_sent_end = view.sentence(last[END] - 1)
        post = view.text(last[END], last_sent_end)
        if (_DATELINE.fullmatch(pre) and post.lstrip()[:1] not in ("—", "–", "-")) or (
            _COLON_DATELINE.fullmatch(pre) and len(post.split()) >= _MIN_DATELINE_CLAUSE
        ):
            pre = ""  # "LIMA — X, Y and Z met ...": a dateline, not a grouping ("BRICS — X, Y —")
        elif _FRONTED_CONTRAST_LEAD.fullmatch(pre):
            pre = ""  # "Unlike Norway, X, Y and Z signed": the contrast is about Norway
        if _NONE_OF_LEAD.search(self._own_clause(pre)):
            return None
        cue = self._cue(view, first, last, claims, sent_start, pre, post, head)
        if cue is None:
            return None
        if self.attendees_re is not None and self.attendees_re.search(pre):
            return None  # "joined at the launch by the leaders of X, Y and Z": people who came
        if self._spells_out_attendance(doc, view, first):
            return None  # "Delegations from 150 states parties, including X, Y and Z, attended"
        if self._refusal_taken_up(pre):
            return None  # "China declined to sign, as did X, Y and Z"
        if _NONE_OF_THEM_ACTED.search(post):
            # "welcomed by X, Y and Z, among the eight invited nations, though none of them
            # signed it": the sentence says the list did not act
            return None
        if (
            self.counter_after_re is not None
            and not post.lstrip().startswith(";")  # "...; notably absent are A": another clause
            and not (_NAMED_SIGNERS_END.search(pre) and _FUTURE_PREDICATE.match(post))
        ):
            # ("The signatories, among them X, Y and Z, will set up a registry": what named
            # signers will do next leaves them signers.)
            # The clause after the list, past a comma or dash that closes it ("the 38 members,
            # including X, Y and Z, have yet to sign").
            rest = post.lstrip(_LIST_CLOSERS)
            if rest[:1] in "'’":  # (past the person who signed for the last item)
                rest = _past_signer_name(rest).lstrip(_LIST_CLOSERS)
            clause = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
            if self.counter_after_re.match(clause) and not _RATIFICATION_PENDING.match(clause):
                return None  # "..., but X, Y and Z did not": the list's own clause negates it
            # Past a relative clause about the list: "X, Y and Z, which had been hit by the
            # same unit, were notably absent".
            # ... or an apposition about it: "X, Y and Z, all with busy ferry routes, have
            # asked to join".
            if post.startswith(",") and (
                (relative := _RELATIVE_CLAUSE.match(post)) is not None
                or (relative := _LIST_APPOSITION.match(post)) is not None
            ):
                clause = _CLAUSE_BREAK.split(post[relative.end() :].lstrip(), maxsplit=1)[0]
                if self.counter_after_re.match(clause):
                    return None
            # "X, Y and Z — major exporters of the crops — remain outside": past a dash aside.
            # "The group — X, Y and Z among them — blocked consensus": past the closing dash.
            aside = _DASH_ASIDE.match(post)
            if (
                aside is not None
                and self.counter_after_re.match(post[aside.end() :])
                # (what counted signers set off by dashes will do next leaves them signers:
                # "X, Y and Z — the 14 countries that have ratified — will now apply it")
                and not (cue in aside.group(0) and _FUTURE_PREDICATE.match(post[aside.end() :]))
            ):
                return None
        return cue

    def _cue(
        self,
        view: _DocView,
        first: _Ent,
        last: _Ent,
        claims: list[tuple[int, int]],
        sent_start: int,
        pre: str,
        post: str,
        head: int | None = None,
    ) -> str | None:
        """The cue text for the run before the vetoes of `_signing_cue`, or None.

        `pre` and `post` are the run's sentence before and after it.
        """
        claim = self._claim_cue(view, first, last, claims, post, head)
        if claim is not None:
            return claim
        taken_up = self._taken_up(pre, post)
        if taken_up is not None:
            return taken_up
        apposition = self._apposition(pre, post)
        if apposition is not None:
            return apposition
        sequence = None if self.sequence_cue_re is None else self.sequence_cue_re.search(pre)
        if sequence is not None and not self._counter(pre):
            return sequence.group(0).strip()  # "A became the fourth to sign, after X, Y and Z"
        cue = self._last_cue(pre)
        if cue is not None:
            cue = self._signature_before_pending(pre, cue)
        if head is not None:
            return cue.group(0) if cue is not None and not self._undone(pre, cue) else None
        opener = None if cue is None else self._opener(pre, cue.end())
        if opener is not None and _SO_DID.fullmatch(pre, opener.end()):
            opener = None  # "A signed on Thursday, and so did X, Y and Z": the act taken up
        if (
            opener is not None
            and (pending := _LATER_STEP_PENDING.search(pre, cue.end())) is not None
            and pending.start() <= opener.start() < pending.end()
        ):
            opener = None  # "Among those that signed but have yet to ratify are X, Y and Z"
        if (
            opener is not None
            and _SHARED_SUBJECT_INCLUSION.fullmatch(pre, opener.end())
            and not self._undone(pre, cue)
        ):
            # "Its 53 signatories came largely from Africa, and included X, Y and Z": the list
            # is the object of the same subject's second verb, not a clause of its own.
            return cue.group(0)
        if opener is not None and opener.group(0) != ";":
            # "Russia refused to sign, and X, Y and Z held talks": the list opens a clause of
            # its own past the cue, which is another clause's; only a cue after the list holds.
            # (Past a semicolon the list often goes on with the cue's topic: "... signed; the
            # other 17 include X, Y and Z".)
            first_cue = self._first_cue(post)
            if first_cue is None:
                # "... have signed it, and that X, Y and Z were among the first to do so": a
                # pro-verb closing the list's clause takes up the act before the opener.
                head = pre[: opener.start()]
                if (
                    _DID_SO.match(post)
                    and not self._undone(head, cue)
                    and not self._refused_before(head, cue)
                ):
                    return cue.group(0)
                return None
            return self._trailing_cue(pre[opener.end() :], post, first_cue)
        if cue is not None:
            colon = pre.rfind(":", 0, cue.end())
            if colon >= cue.start() and self._outsiders_heading(pre[:colon]):
                return None  # "Still missing from the list, per GCPEA: X, Y, Z"
            if not self._undone(pre, cue):
                return cue.group(0)
            # "Among its partners are A, B, while X, Y and Z were among its first donors": past
            # a contrast the list opens a clause of its own; only a cue after it can hold.
            clause = self._after_contrast(pre, cue)
            if clause is None:
                return None
            pre = clause
            first_cue = self._first_cue(post)
            return None if first_cue is None else self._trailing_cue(pre, post, first_cue)
        first_cue = self._first_cue(post)
        if first_cue is not None and ";" in post[: first_cue.start()] and self._counter(pre):
            # "the best-known holdouts were X, Y and Z; Washington finally signed in 2021": the
            # cue past the semicolon is another clause's
            first_cue = None
        if first_cue is not None:
            found = self._trailing_cue(pre, post, first_cue)
            return found if found is not None else self._cue_past_aside(pre, post, first_cue)
        if self._counter(pre) or self._outsiders_heading(pre.rstrip(" :")):
            return None  # (a heading of parties outside: "Still outside: X, Y and Z")
        sentence_claim = self._sentence_claim(view, first, last, claims, sent_start, post)
        if sentence_claim is not None:
            return sentence_claim
        # The sentence before; for a list, also back over short heading lines ("Europe").
        start = sent_start
        for _ in range(_LOOKBACK_SENTENCES):
            if start == 0:
                if start == sent_start and (lead := _PRONOUN_LEAD.fullmatch(pre)):
                    return lead.group(1)  # "They include X, Y and Z." opening the text
                return None
            prev_start, prev_end = view.sentence(start - 1)
            prev_text = view.text(prev_start, prev_end)
            cue = self._last_cue(prev_text)
            if cue is not None:
                if not self._takes_up(view, first, last, pre, post, prev_text):
                    return None
                # (nor when the list's own sentence holds a counter: "X, Y and Z announced
                # that they would leave the court" after "Palestine joined in 2015")
                own = _CLAUSE_BREAK.split(post, maxsplit=1)[0]
                undone = self._undone(prev_text, cue) or self._counter(own)
                return None if undone else cue.group(0)
            if view.alpha_words(prev_start, prev_end) > _MAX_HEADING_WORDS:
                return None
            if self._counter(prev_text):
                return None  # a heading such as "Participants" or "Observers" heads this list
            start = prev_start
        return None

    def _takes_up(
        self, view: _DocView, first: _Ent, last: _Ent, pre: str, post: str, prev_text: str
    ) -> bool:
        """Whether the list's own sentence leaves its role to the sentence before.

        It does when it holds little besides the list ("X, Y and Z were soon aboard."), answers
        a question ("Which governments signed? Among others: X, Y and Z"), opens with a pronoun
        or a heading ("They are X, Y and Z, all of which ..."; "Party / in force: X — 2015;
        ..."), or names the list by a head or a predicate that takes the act up ("Its members,
        among them X, Y and Z, meet ..."; "X, Y and Z followed within days"). A list with a
        predicate of its own ("X, Y and Z, which favour other systems, have stayed out";
        "Low-tax hubs such as X, Y and Z had pressed for ...") says what it is itself, whatever
        the sentence before says (an article is read whole: the sentence before is always there).
        """
        if prev_text.rstrip().endswith("?"):
            return True
        sent_start, sent_end = view.sentence(first[START])
        own = view.alpha_words(sent_start, first[START]) + view.alpha_words(last[END], sent_end)
        if own <= _MAX_TAKEN_UP_WORDS:
            return True
        clause = pre[pre.rfind(";") + 1 :]
        if _PRONOUN_LEAD.fullmatch(clause) or clause.rstrip().endswith(":"):
            return True
        if self.take_up_head_re is not None and self.take_up_head_re.search(clause):
            return True
        return self.take_up_predicate_re is not None and bool(self.take_up_predicate_re.match(post))

    def _apposition(self, pre: str, post: str) -> str | None:
        """The head of a grouping spelled out between dashes, as the cue text, or None.

        A named grouping or a count of states opens its clause, a dash opens the list, and a
        dash (or the sentence's end) closes it: "The Five Eyes — X, Y, Z, W and V — have ...";
        "Three more countries — X, Y and Z — have aligned ...". No counter cue may stand in the
        clause after the closing dash ("— have applied for relief", "— have yet to ratify"), nor
        in the text before the head ("Of the ...", "met by only ..." open no such clause).
        """
        if self.apposition_head_re is None:
            return None
        head = self.apposition_head_re.search(pre)
        if head is None:
            return None
        rest = post.lstrip()
        if rest[:1] in ("—", "–"):
            rest = rest[1:]
        elif rest.startswith("- "):
            rest = rest[2:]
        elif rest.rstrip(" .") != "":
            return None  # the list does not end at a dash: not an apposition
        clause = _CLAUSE_BREAK.split(rest.lstrip(), maxsplit=1)[0]
        clause = _REPORTED.split(clause, maxsplit=1)[0]  # "— said they would cancel ..."
        if self._counter(clause) or self._counter(pre[: head.start()]):
            return None
        if _FROM_END.search(head.group(0)) and self._first_cue(clause) is None:
            return None  # "Three more units — from X, Y and Z — were admitted": its act is a cue
        if self.counter_after_re is not None and self.counter_after_re.match(rest):
            return None
        return head.group(0).strip(" —–-")

    def _refusal_taken_up(self, pre: str) -> bool:
        """Whether the list follows "as did" after a refused or negated act: "China declined to
        sign, as did X, Y and Z" (the counter cue stands right before the clause's last cue)."""
        as_did = _AS_DID_END.search(pre)
        if as_did is None:
            return False
        clause = pre[: as_did.start()]
        clause = clause[clause.rfind(";") + 1 :]
        # (the clause's first cue, or its last: "refused to sign the canopy pledge, and so did")
        for cue in (self._first_cue(clause), self._last_cue(clause)):
            if cue is not None and self._refused_before(clause, cue):
                return True
        return False

    def _refused_before(self, text: str, cue: re.Match[str]) -> bool:
        """Whether a counter stands just before the cue in `text` ("declined to sign"), the
        infinitive's "to" aside ("the first African state to ratify" is no place preposition)."""
        window = text[max(0, cue.start() - _REFUSAL_WINDOW) : cue.start()]
        return self._counter(_INFINITIVE_TO.sub("", window))

    def _taken_up(self, pre: str, post: str) -> str | None:
        """The negated cue a pro-verb after the list takes up, or None: "The bloc did not join
        the alliance, although X, Y and Z did individually" (a concession, at most three words,
        the list, then "did" closing its clause)."""
        if self.pro_verb_re is None or self.concession_re is None:
            return None
        if not self.pro_verb_re.match(post):
            return None
        last = None
        for last in self.concession_re.finditer(pre):  # noqa: B007  (the final one)
            pass
        opener = self._opener(pre)  # "A did not sign; X, Y and Z did"
        if opener is not None and (last is None or opener.start() > last.start()):
            last = opener
        if last is None or len(pre[last.end() :].split()) > 3:
            return None
        head = pre[: last.start()]
        cue = self._last_cue(head)
        if cue is None or not self._counter(head[max(0, cue.start() - 40) : cue.start()]):
            return None  # the act before the concession must be negated ("refused to back")
        if self._counter(pre[last.end() :]):
            return None
        return cue.group(0)

    def _trailing_cue(self, pre: str, post: str, first_cue: re.Match[str]) -> str | None:
        """The cue after the list ("X, Y and Z signed"), unless the words around undo it.

        A status or office right before the list is no counter: "Non-members X, Y and Z also
        adhered", "ministers from X, Y and Z added their names" (they act for their states)."""
        if self.descriptor_end_re is not None:
            pre = self.descriptor_end_re.sub("", pre, count=1)
        # "A and B have been suspended, while X, Y and Z remain full members": past a contrast
        # the list opens a clause of its own, and the counters before it are another clause's.
        if self.contrast_re is not None:
            last = None
            for last in self.contrast_re.finditer(pre):  # noqa: B007  (the final one)
                pass
            if last is not None:
                pre = pre[last.end() :]
        pre = self._own_clause(pre)
        # "Of the 100 delegations that gathered, X, Y and Z were among the signatories": the
        # group the list is drawn from, not its act.
        pre = _FRONTED_PARTITIVE.sub("", pre, count=1)
        # The cue follows the list ("X, Y and Z signed"): the words before the list and just
        # after the cue must not undo it ("None of ... X, Y and Z has joined", "joined
        # Russia in voting against").
        after = self._before_pending_step(first_cue, post[first_cue.end() :])
        # "X, Y and Z signed the declaration but not the treaty": another object, not a negation.
        after = _BUT_NOT_OBJECT.sub("", after)
        after = after[:_AFTER_CUE_WINDOW]
        # A new clause after the cue speaks of other parties: "X, Y and Z signed on, but
        # Mexico did not" / "..., while Pakistan stayed out".
        after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
        # ... and so does a second predicate of reported speech: "X, Y and Z signed the pact and
        # said they would not seek exemptions" (what they said is not the act).
        after = _SPEECH_PREDICATE.split(after, maxsplit=1)[0]
        if self.text_cue_re is not None and self.text_cue_re.fullmatch(first_cue.group(0)):
            after = ""  # "issued a joint statement condemning ...": what the text says
        elif _SIGNER_NOUN_END.search(first_cue.group(0)) and _RELATIVE_START.match(after):
            after = ""  # "are among the signatories that have yet to ratify": still signatories
        # Closed with a full stop: an end-anchored counter ("companies from") is about the
        # words right before a list, not a particle after the cue ("signed on").
        lead = post[: first_cue.start()]
        # An aside set off by dashes right after the list is about its items, not the act: "X,
        # Y and Z - though the last is not a member - were among those signing".
        aside = _opening_dash_aside(lead) or _STATUS_ASIDE.match(lead)
        if aside is not None:
            lead = lead[aside.end() :]
        # (the lead and the cue's first letters read as one: "have yet to" + "ratif")
        if _RATIFICATION_PENDING.fullmatch(lead + first_cue.group(0)[: len("ratif")]):
            lead = ""  # "X, Y and Z have yet to ratify the deal": signers, ratification pending
        window = lead + " " + after + " ."
        if self._reversed(post, first_cue):
            # "X, Y and Z, which abstained in 2007, have since endorsed it": the cue
            # supersedes what they did before; only a negation still undoes it.
            return None if self._negated(pre + " " + window) else first_cue.group(0)
        if self._counter(pre) or self._counter(window):
            return None
        return first_cue.group(0)

    def _cue_past_aside(self, pre: str, post: str, first_cue: re.Match[str]) -> str | None:
        """The trailing cue after an aside set off by dashes right after the list, when the first
        cue lay inside it and was undone ("X, Y and Z - though the last is not a Forum member -
        were among those signing"): the aside is about the items, the act comes after it."""
        aside = _opening_dash_aside(post)
        if aside is None or first_cue.start() >= aside.end():
            return None
        cue = self.cue_re.search(post, aside.end())
        return None if cue is None else self._trailing_cue(pre, post, cue)

    def _after_contrast(self, pre: str, cue: re.Match[str]) -> str | None:
        """The text after the last contrast word ("while", "whereas") past the cue, or after the
        opener of the list's own clause ("... adopted without a vote; X, Y and Z are among its
        sponsors"), or None."""
        if self.contrast_re is not None:
            last = None
            for last in self.contrast_re.finditer(pre, cue.end()):  # noqa: B007  (the final one)
                pass
            if last is not None:
                return pre[last.end() :]
        opener = self._opener(pre, cue.end())
        return None if opener is None else pre[opener.end() :]

    def _opener(self, pre: str, pos: int = 0) -> re.Match[str] | None:
        """The clause opener a few words before the end of `pre` (the list follows), or None."""
        if self.clause_opener_re is None:
            return None
        last = None
        for last in self.clause_opener_re.finditer(pre, pos):  # noqa: B007  (the final one)
            pass
        return last

    def _own_clause(self, pre: str) -> str:
        """The text before the list from the opener of its own clause on ("..., not counting A,
        after | X, Y and Z signed"): what comes before belongs to another clause."""
        opener = self._opener(pre)
        return pre if opener is None else pre[opener.end() :]

    def _claim_cue(
        self,
        view: _DocView,
        first: _Ent,
        last: _Ent,
        claims: list[tuple[int, int]],
        post: str,
        head: int | None = None,
    ) -> str | None:
        """A count of signers or joiners that the run spells out, as the cue text, or None.

        The count stands right before the list, linked by a colon, a dash or "including" ("has
        56 members, including X, Y and Z"; "Five more — X, Y and Z — have signed"), or right
        after it ("X, Y and Z, the three newest members"). The claim's kind already tells
        signers from voters or invitees; only the link between claim and list is read here.
        """
        lead = first[START] if head is None else head
        for c_start, c_end in claims:
            if c_end <= first[START]:
                if lead - c_end > _MAX_CLAIM_GAP or self.claim_link_re is None:
                    continue
                if self._reviewed(view, c_start):
                    continue  # "the mechanism reviewed five countries — X, Y and Z"
                link = view.text(c_end, lead)
                # The list's own clause must not undo it: "..., with X, Y and Z opposed".
                after = _CLAUSE_BREAK.split(post, maxsplit=1)[0]
                pattern = self.claim_link_re
                if (
                    head is not None
                    and _RANGE_CLAIM_LINK.fullmatch(link)
                    and _PAIRED_RANGE_START.match(view.text(first[START], last[END]))
                ):
                    pattern = _RANGE_CLAIM_LINK  # "15 partner countries, from A and B to C and D"
            elif c_start >= last[END]:
                if c_start - last[END] > _MAX_CLAIM_GAP or self.list_claim_link_re is None:
                    break
                link = view.text(last[END], c_start)
                after = view.text(c_end, view.sentence(c_end - 1)[1])
                if _DASH_OPEN.match(link):
                    # "X, Y and Z — the three countries that have ratified — will now apply
                    # it": past the closing dash is the list's next act, not the count's.
                    after = _CLOSING_DASH.split(after, maxsplit=1)[0]
                pattern = self.list_claim_link_re
            else:
                continue
            after = _BUT_NOT_OBJECT.sub("", after)  # "that signed X but not the treaty itself"
            if pattern.fullmatch(link) and not self._counter(link) and not self._counter(after):
                return view.text(c_start, c_end)
        return None

    def _sentence_claim(
        self,
        view: _DocView,
        first: _Ent,
        last: _Ent,
        claims: list[tuple[int, int]],
        sent_start: int,
        post: str,
    ) -> str | None:
        """A count of signers or joiners anywhere in the run's sentence, as the cue text, when no
        counter cue stands in the sentence around the run ("The four members of the community,
        X, Y, Z and W, approved the statute"; "now counts 12 countries of origin, such as X, Y,
        Z"), or None. The caller has read the text before the run for counters already."""
        # The list's own clause ("..., approved the statute, giving their nationals ..."), past
        # a relative clause about the list ("X, Y and Z, which favour ..., have stayed out").
        clause = _RELATIVE_CLAUSE.sub(",", post).lstrip(_LIST_CLOSERS)
        # ... past the parties the count leaves out: "Among the 27 were X, Y and Z, but not A or
        # B" (a coda about others, not the list's own clause).
        clause = _BUT_NOT_CODA.sub("", clause, count=1)
        if self._counter(_CLAUSE_BREAK.split(clause, maxsplit=1)[0]):
            return None
        _, sent_end = view.sentence(last[END] - 1)
        for c_start, c_end in claims:
            if c_start < sent_start or c_end > sent_end:
                continue
            if first[START] < c_end and c_start < last[END]:
                continue  # inside the run
            lo, hi = (c_end, first[START]) if c_end <= first[START] else (last[END], c_start)
            if view.has_semicolon(lo, hi):
                continue  # another clause: "ESSI counts 21 members; X, Y and Z stayed out"
            if c_start >= last[END] and _RELATIVE_WORD.search(view.text(lo, hi)):
                continue  # "..., which A and B, the two member countries, supported": others
            if self._reviewed(view, c_start):
                continue
            return view.text(c_start, c_end)
        return None

    def _reviewed(self, view: _DocView, c_start: int) -> bool:
        """Whether a `counter_before` phrase ends right before the count ("reviewed five
        countries", "talks with 40 partners"), or a `place_before_count` one ("people in over 40
        countries"): the counted parties are not signers."""
        if self.before_re is None and self.place_before_count_re is None:
            return False
        sent_start, _ = view.sentence(c_start)
        text = view.text(max(sent_start, c_start - 12), c_start)
        return any(
            pattern is not None and pattern.search(text) is not None
            for pattern in (self.before_re, self.place_before_count_re)
        )

    def _spells_out_attendance(self, doc: Doc, view: _DocView, first: _Ent) -> bool:
        """Whether the run spells out a count of attendees right before it ("150 delegations,
        including X, Y and Z"): the claim's kind, read by `tally_count_claims`, says who they are.
        """
        if self.claim_link_re is None:
            return False
        sent_start, _ = view.sentence(first[START])
        if view.attendance_claims is None:
            view.attendance_claims = _listed_claims(doc, _ATTENDANCE_CLAIM_KINDS)
        for _c_start, c_end in view.attendance_claims:
            if sent_start < c_end <= first[START] and first[START] - c_end <= _MAX_CLAIM_GAP:
                # (a count in the sentence before is another sentence's: "..., which drew
                # ministers from about 30 countries." then "Signatories: X, Y, Z")
                if self.claim_link_re.fullmatch(view.text(c_end, first[START])):
                    return True
        return False

    def _undone(self, text: str, cue: re.Match[str]) -> bool:
        """Whether a counter cue follows the cue, or a `counter_before` phrase ends right before it.

        A status of the agents after "by" is no counter: "endorsed by outreach guests X, Y"."""
        after = self._before_pending_step(cue, text[cue.end() :])
        if self.descriptor_end_re is not None and (status := self.descriptor_end_re.search(after)):
            # A status or office right before the list is no counter: "including non-members X,
            # Y"; "his counterparts from X, Y" (only the office's "from": "in the presence of
            # ministers from X, Y" is still a witness).
            office = _OFFICE_PREPOSITION.search(status.group(0))
            after = _OFFICE_PREPOSITION.sub("", after) if office else after[: status.start()]
        if _SIGNER_NOUN_END.search(cue.group(0)):
            # "Signatories that never ratified: X, Y, Z": signers whose later step is pending.
            pending = _PENDING_STEP_CLAUSE.match(after)
            after = after if pending is None else after[pending.end() :]
        if _DONE_ACT.fullmatch(cue.group(0)):
            # "have joined the agreement that will fund the tribunal, among them X, Y": a modal
            # in a relative clause on the act's object says what the object will do.
            after = _OBJECT_MODAL_CLAUSE.sub("", after)
        if self._counter(after):
            return True
        if self.before_re is None or _RELATIVE_LIST_CLAUSE.fullmatch(after):
            # ("Qatar is not among the signatories, which include X, Y": the list's own clause)
            return False
        return self.before_re.search(text, max(0, cue.start() - 60), cue.start()) is not None

    def _signature_before_pending(self, text: str, cue: re.Match[str]) -> re.Match[str]:
        """The signing cue before `cue` when `cue` is the later step it leaves pending ("Signed
        but not yet ratified: X, Y, Z"), else `cue`."""
        for signed in self.cue_re.finditer(text, max(0, cue.start() - _PENDING_REACH), cue.start()):
            pending = None
            if _SIGNED.match(signed.group(0)):
                pending = _LATER_STEP_PENDING.search(text, signed.end(), cue.end())
            if (
                pending is None
                and _SIGNER_NOUN_END.search(signed.group(0))
                and self._undone(text, cue)
            ):
                # "Signatories that never ratified: X, Y, Z" (the later step itself undone)
                pending = _PENDING_STEP_CLAUSE.match(text, signed.end(), cue.end())
            if pending is not None and pending.end() >= cue.end():
                return signed
        return cue

    @staticmethod
    def _before_pending_step(cue: re.Match[str], after: str) -> str:
        """The words after a signing cue up to a later step it leaves pending ("signed but not
        yet ratified"): that negation is about the ratification, not the signature."""
        if not _SIGNED.match(cue.group(0)):
            return after
        pending = _LATER_STEP_PENDING.search(after)
        return after if pending is None else after[: pending.start()]

    def _reversed(self, post: str, cue: re.Match[str]) -> bool:
        """Whether a change-of-state adverb ("since", "later") stands right before a trailing cue."""
        if self.reversal_re is None:
            return False
        return self.reversal_re.search(post, 0, cue.start()) is not None

    def _negated(self, text: str) -> bool:
        return self.negation_re is not None and self.negation_re.search(text) is not None

    def _last_cue(self, text: str) -> re.Match[str] | None:
        last = None
        for last in self.cue_re.finditer(text):  # noqa: B007  (we want the final match)
            pass
        return last

    def _first_cue(self, text: str) -> re.Match[str] | None:
        return self.cue_re.search(text)

    def _counter(self, text: str) -> bool:
        return self.counter_re.search(text) is not None

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the component's configuration."""
        return srsly.msgpack_dumps({"min_entities": self.min_entities, "cues_path": self.cues_path})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EnumerationFinder:
        """Restore the configuration written by `to_bytes`."""
        cfg = srsly.msgpack_loads(data)
        self.min_entities = int(cfg["min_entities"])
        self.cues_path = cfg.get("cues_path")
        self._compile(load_enumeration_cues(self.cues_path))
        return self


@Language.factory("tally_enumerations", default_config={"min_entities": 3, "cues_path": None})
def make_enumerations(
    nlp: Language, name: str, min_entities: int, cues_path: str | None
) -> EnumerationFinder:
    """Factory for `tally_enumerations`."""
    return EnumerationFinder(nlp, name, min_entities, cues_path)
