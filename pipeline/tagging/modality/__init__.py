"""``recs_modality``: obligation modality of every main modal clause (TAXONOMY.md section 1).

Each main modal clause becomes a span in ``doc.spans["modal_clauses"]`` labelled with
its value, with ``span._.modal`` = {value, strength, negated, subject, verb}. The doc
gets the primary value (first main clause whose subject is an actor, else the first
main clause), its strength, ``negated``, the addressee and the list of clauses.

With a dependency parse the clause structure decides: only main clauses count (and
clauses under a reporting verb such as "recommended that"), the modal's own verb
decides "should consider" versus "should encourage", negation must attach to the modal
verb, and coordinated verbs ("and consider ...") form clauses of their own value.
Without a parse (rule-only mode on ``spacy.blank``) token patterns over the same cue
vocabulary do the work, with the nearest preceding actor as subject. Cues, resolution
verbs and their values all come from ``lexicon/modals.yaml``.
"""

from pipeline.tagging.modality.component import ModalityTagger, make_modality, make_modality_scorer, modality_score

__all__ = ["ModalityTagger", "make_modality", "make_modality_scorer", "modality_score"]
