"""Legal references, round 20: families no legal round had read (``data/probe/probe14_legal.jsonl``).

Each kind below is seen in two documents or more once probe 14 is read beside the earlier probes. Each probe text is
copied verbatim from its probe file; the address it was copied from is checked against that file.

Fixed kinds:
- another convention's own subject beside an untied "the Convention": "the rights of persons with disabilities, as
  codified in the Convention" (CRPD/C/SR.122), "The Convention enshrines and protects the rights of all persons with
  disabilities" (a CRPD guidebook), read as ``UNTOC`` with no instrument or with ``UNTOC``. Only the Convention family
  is foreign there (``other_convention_subjects``);
- a treaty body's reporting heading in other words than "reports submitted by States parties under": "Submission of
  reports by States parties under article 35 of the Convention" (CRPD/C/SR.122, ``UNTOC art. 35`` in every reading),
  "Consideration of reports submitted in accordance with article 35of the Convention" (A/70/55);
- the ILO's term "forced or compulsory labour" beside an untied "the Convention" or "the Protocol": the 2014 Protocol's
  preamble ("Members that have ratified the Convention to make forced or compulsory labour punishable"), an explainer on
  it ("The Protocol expands the definition of forced or compulsory labor", read as the document's Protocol), and, found
  by the grouping, two texts earlier rounds left: Convention No. 29's article 2 as Scribd stores it ("For the purposes
  of this Convention the term forced or compulsory labour", ``UNTOC`` in every reading) and Wikipedia on it ("Article 2
  of the Convention excepts from the term forced or compulsory labour", ``UNTOC art. 2`` in every reading).
The near misses keep the Trafficking Protocol's own wording ("forced labour or services") beside its named article,
the named Protocol's article in a Committee of Ministers reply, and both named UN treaties in an OSCE review that names
the Council of Europe's convention too.
"""

from __future__ import annotations

from tests.legal_support import probe_round_tests

P14 = "probe14_legal.jsonl"
CRPD_SR122 = (
    "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPRiCAqhKb7yhsgEjn0tpN1slCSGfbZH1tmKZuKE9l697"
    "nqeBcrKs7mAq5H%2B73JciVQ2WrrlqChrUNzBacQkas70y4JCPdgdvw10c5nc8U0wTW9x1LG9BP9gE"
)
A_70_55 = (
    "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebJxS3%2BYB1yxwXnpsiEqZxqqIYubVIdc2"
    "DQlertBuJvC8CVWkqtfnUv8E%2Bv8OOHUXhTU3Oh7ravi6RS%2Fl35z%2B9yg%3D"
)
ENDCRSV = "https://endcrsv.org/?p=332"
P029 = "https://www.girlsrightsplatform.org/es/entity/3k6xxdf9bx2"
P029_EXPLAINER = "https://abdulrehmanfoundation.com/protocol-to-convention-no-29-concerning-forced-or-compulsory-labour/"
C029_SCRIBD = "https://www.scribd.com/doc/116931908/Forced-Labour"
C029_WIKI = "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Forced_Labour_Convention"
OSCE_CTHB = "http://www.osce.org/cthb/43511"
COE_CM_9553 = "https://assembly.coe.int/nw/xml/XRef/X2H-Xref-ViewHTML.asp?FileID=9849&lang=EN"
OSCE_REVIEW = "https://123dok.co/article/review-osce-anti-trafficking-commitments.zkw67xke"

SR122_RIGHTS = (
    "It was important to ensure that the rights of persons with disabilities, as codified in the Convention, were"
    " mainstreamed in the goals, targets and indicators of the development agenda that would succeed the Millennium"
    " Development Goals and that persons with disabilities were included in that development framework, not just as"
    " beneficiaries, but as full-fledged actors."
)
ENDCRSV_TEXT = (
    "The Convention enshrines and protects the rights of all persons with disabilities, a group that includes ‘those who"
    " have long-term physical, mental, intellectual or sensory impairments which in interaction with various barriers may"
    " hinder their full and effective participation in society on an equal basis with others’.4"
)
SR122_HEADING = "Submission of reports by States parties under article 35 of the Convention"
A_70_55_HEADING = "III.Consideration of reports submitted in accordance with article 35of the Convention.113"
P029_TEXT = (
    "Recalling the obligation of Members that have ratified the Convention to make forced or compulsory labour punishable"
    " as a penal offence, and to ensure that the penalties imposed by law are really adequate and are strictly enforced,"
    " and"
)
P029_EXPLAINER_TEXT = (
    "Broader Definition of Forced Labor: The Protocol expands the definition of forced or compulsory labor to encompass"
    " new forms and manifestations that have emerged since the adoption of Convention No. 29."
)
C029_TEXT = (
    "For the purposes of this Convention the term forced or compulsory labour shall mean all work or service which is"
    " exacted from any person under the menace of any penalty and for which the said person has not offered himself"
    " voluntarily."
)
C029_WIKI_TEXT = "Article 2 of the Convention excepts from the term forced or compulsory labour the following:"

UNTOC_READINGS = (None, "UNTOC")  # a Protocol document reads the untied "the Convention" as foreign already
EVERY_READING = (None, "TIP_PROTOCOL", "SOM_PROTOCOL", "UNTOC")

# (probe file, source, text, about_instrument, the references it yields): each wrong on main
FIXED = [
    # another convention's own subject beside the untied "the Convention"
    *(
        (P14, source, text, about, set())
        for source, text in [(CRPD_SR122, SR122_RIGHTS), (ENDCRSV, ENDCRSV_TEXT)]
        for about in UNTOC_READINGS
    ),
    # a treaty body's reporting heading in other words
    *((P14, CRPD_SR122, SR122_HEADING, about, set()) for about in EVERY_READING),
    *((P14, A_70_55, A_70_55_HEADING, about, set()) for about in UNTOC_READINGS),
    # the ILO's "forced or compulsory labour" beside an untied "the Convention" / "the Protocol"
    *((P14, P029, P029_TEXT, about, set()) for about in UNTOC_READINGS),
    *((P14, P029_EXPLAINER, P029_EXPLAINER_TEXT, about, set()) for about in ("TIP_PROTOCOL", "SOM_PROTOCOL")),
    *(("probe11_legal.jsonl", C029_SCRIBD, C029_TEXT, about, set()) for about in EVERY_READING),
    *(("probe10_legal.jsonl", C029_WIKI, C029_WIKI_TEXT, about, set()) for about in EVERY_READING),
]

# Probe texts read as before: (probe file, source, text, about_instrument, references)
NEAR_MISSES = [
    # the Trafficking Protocol's own "forced labour or services" is no ILO marker: its named article is read
    *(
        (
            "probe7_legal.jsonl",
            OSCE_CTHB,
            'The OSCE accepts the definition found in Article 3 of the UN Trafficking Protocol which includes "the'
            " exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services,"
            ' slavery or practices similar to slavery, servitude or the removal of organs."',
            about,
            {"TIP_PROTOCOL art. 3"},
        )
        for about in (None, "TIP_PROTOCOL")
    ),
    # a Committee of Ministers reply (a marker) naming the Protocol and "forced labour": the named Protocol's articles
    (
        "probe6_legal.jsonl",
        COE_CM_9553,
        "The Committee of Ministers however recognises the international definition of trafficking given in Article 3 of"
        " the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing"
        " the United Nations Convention against Trans-national Organized Crime (Palermo, 2000). Under Article 5 of that"
        " protocol, states parties are obliged to establish as criminal offences the acts set out in Article 3. These"
        " include trafficking in human beings for the purpose of exploitation, including forced labour or slavery.",
        "TIP_PROTOCOL",
        {"TIP_PROTOCOL art. 3", "TIP_PROTOCOL art. 5"},
    ),
    # the named UN treaties of an OSCE review, whatever the document
    *(
        (
            P14,
            OSCE_REVIEW,
            "The new Millennium was marked by the adoption of the UN Convention against Transnational Organized Crime"
            " (here-inafter UNTOC) and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially"
            " Women and Children, supplementing the UNTOC (hereinafter UN Trafficking Pro-tocol).",
            about,
            {"TIP_PROTOCOL", "UNTOC"},
        )
        for about in EVERY_READING
    ),
]


test_round20_fixed, test_round20_near_misses, test_probe_files_hold_the_cases = probe_round_tests(FIXED, NEAR_MISSES)
