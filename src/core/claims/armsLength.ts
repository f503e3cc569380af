/**
 * Forms that keep a claim at arm's length without attributing it: a claim called an error or an
 * idea, a fronted purpose, a quoted sentence with its source after a dash, a label that calls
 * what follows a mistake, a work of fiction. Each marks the claim as not the writer's assertion
 * (see assess in context.ts).
 */

/**
 * "An infographic put the birth of AUKUS in 2020, an error: the pact dates from 2021": an appositive
 * that calls what came before an error, then corrects it after a colon or dash, marks it false.
 * ("Japan joined AUKUS in 2023, a mistake that cost it dearly" judges the joining: no colon.)
 */
export const CALLED_AN_ERROR = /,\s*(?:an?|another|yet another) (?:[\w-]+ )?(?:error|mistake|misprint|typo|slip|blunder)\s*[:—–]/i;

/**
 * "Japan's membership of AUKUS is a proposal, not a fact", "An offer of AUKUS membership to Japan
 * remains, for now, a think-tank proposal", "Inviting Japan into AUKUS is a bad idea": the claim's
 * noun phrase, said to be an idea, is not said to be real.
 */
export const CALLED_AN_IDEA = /^[\s*_]*(?:[^,;.⟦]{0,30}?⟦[LO]\d+⟧)?\s*(?:,[^,;]*,\s*)?(?:is|was|remains?|remained|stays?|stayed|has (?:long )?been|had been)(?:\s+|\s*,\s*(?:for now|so far|as yet|still),\s*)(?:(?:still|only|just|merely|at most|at best|\w+ly)\s+)*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:proposals?|ideas?|suggestions?|possibility|hypothesis|hypothetical|pipe dream|dream|wish|speculation|talking point|thought experiment|prospect|proposition|aspiration|ambition|fantasy|non-starter|long shot)\b|^[^,;]*,\s*not a fact\b/i;

/** "For Japan to join AUKUS, all three … would have to agree": a fronted purpose or condition. */
export const FOR_IT_TO = /^[\s*_]*for ⟦L\d+⟧ (?:ever )?to\b/i;

/** '"Japan is already the fourth member of AUKUS." — a viral post': a quoted sentence, then its source after a dash. */
export const QUOTE_THEN_SOURCE = /^[\s>*_]*["“]([^"”]+)["”]\s*[—–-]+\s*\S/;

/** "Often mistaken for AUKUS members: Japan, Canada, New Zealand": a label that calls what follows a mistake. */
export const MISTAKEN_LABEL = /\b(?:mistaken|confused|mixed up) (?:for|with) [^:;]*:/i;

/**
 * "In *Tokyo Joins AUKUS*, a novel set in 2035, …", "In the thriller *The Fourth Partner*, Japan
 * secretly joins AUKUS", "In *Deep Blue Line*, a techno-thriller, …": what happens inside a work
 * of fiction or a game is not claimed of the world.
 */
/** "… opens with a fictional AUKUS summit at which Japan is invited": what a fiction sets up before the claim. */
export const FICTIONAL = /\b(?:fictional|fictitious|imaginary|make-believe|techno-thriller|thriller|novel)\b/i;
export const FICTION_FRAME = /^[\s*_]*in (?:[^,;]{1,60}, (?:a|an|the) (?:[\w-]+ |⟦D\d+⟧ ){0,3}|(?:the|a|an|his|her|their|its|this|that) (?:[\w'’-]+ ){0,3})(?:[\w]+-)?(?:novel|thriller|film|movie|story|short story|play|drama|(?:tv |television )?series|sitcom|episode|video game|board game|game|comic|cartoon|satire|spoof|parody|war game|wargame|scenario|simulation|tabletop exercise|podcast drama|sketch|poem|musical|opera|fantasy|fiction|novella)\b/i;
