"""Word pools the corpus generator recombines into UN-style recommendations.

Kept apart from the layout code so the wording can grow without touching how
reports are assembled. The pools mirror the bodies of the Conference of the
Parties to UNTOC (trafficking, smuggling, firearms, international cooperation,
technical assistance) and the way their reports phrase requests: varied
actors, modal strengths, legal references and purposes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Body:
    """A working group: its name, document symbol prefix and home topics."""

    name: str
    symbol: str
    topics: tuple[str, ...]


BODIES = (
    Body("Working Group on Trafficking in Persons", "CTOC/COP/WG.4", ("trafficking", "victims", "cooperation", "prevention")),
    Body("Working Group on the Smuggling of Migrants", "CTOC/COP/WG.7", ("smuggling", "cooperation", "prevention", "victims")),
    Body("Working Group on Firearms", "CTOC/COP/WG.6", ("firearms", "cooperation", "capacity")),
    Body("Working Group on International Cooperation", "CTOC/COP/WG.3", ("cooperation", "financial", "cyber")),
    Body("Working Group of Government Experts on Technical Assistance", "CTOC/COP/WG.2", ("capacity", "prevention", "financial")),
    Body(
        "Working Group on Trafficking in Persons and Working Group on the Smuggling of Migrants",
        "CTOC/COP/WG.4",
        ("trafficking", "smuggling", "victims"),
    ),
)

VENUES = ("Vienna", "Vienna", "Vienna", "New York", "Geneva", "Bangkok", "Nairobi")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December")

# (subject as written mid-sentence, is_plural); capitalised when it opens a sentence.
STATE_ACTORS = (
    ("States parties", True),
    ("States parties", True),
    ("States parties", True),
    ("States", True),
    ("States parties and signatories", True),
    ("Member States", True),
    ("States parties that have not yet done so", True),
    ("competent national authorities", True),
    ("law enforcement agencies", True),
    ("relevant national authorities", True),
    ("countries of origin, transit and destination", True),
    ("donor States and other donors", True),
)
# United Nations actors take their own actions (organize, compile, report), never a State's.
UN_ACTORS = (
    ("the Secretariat", False),
    ("UNODC", False),
    ("the United Nations Office on Drugs and Crime", False),
    ("the Conference", False),
    ("the Working Group", False),
)

# (plural form, singular form, complement: "base" | "gerund", negated)
MODALS = (
    ("should", "should", "base", False),
    ("should", "should", "base", False),
    ("should consider", "should consider", "gerund", False),
    ("are encouraged to", "is encouraged to", "base", False),
    ("may consider", "may consider", "gerund", False),
    ("may wish to consider", "may wish to consider", "gerund", False),
    ("shall", "shall", "base", False),
    ("must", "must", "base", False),
    ("are invited to", "is invited to", "base", False),
    ("are urged to", "is urged to", "base", False),
    ("should continue to", "should continue to", "base", False),
    ("should strive to", "should strive to", "base", False),
    ("are requested to", "is requested to", "base", False),
    ("could", "could", "base", False),
    ("should not", "should not", "base", True),
)

# Resolution-style openings: "Urges States parties to ...", the actor follows the verb.
OPENINGS = ("Urges", "Invites", "Encourages", "Calls upon", "Requests", "Recommends that the Conference encourage")

# Irregular or consonant-doubling gerunds; the rest follow the regular rules.
GERUNDS = {
    "submit": "submitting",
    "plan": "planning",
    "commit": "committing",
    "refer": "referring",
    "see": "seeing",
    "be": "being",
    "set": "setting",
    "transfer": "transferring",
}

# topic -> tuple of (verb, object); a verb followed by its object reads as a request.
ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "trafficking": (
        ("criminalize", "trafficking in persons in all its forms, including for the purpose of forced criminality"),
        (
            "establish",
            "national referral mechanisms that bring together law enforcement, labour inspectors and service providers",
        ),
        (
            "review",
            "their legislation on trafficking in persons to ensure that consent of the victim is irrelevant where any of the means have been used",
        ),
        ("investigate", "the recruitment of victims through online advertisements and social media platforms"),
        (
            "prosecute",
            "the full chain of perpetrators of trafficking in persons, including recruiters and those who profit from exploitation",
        ),
        ("address", "the demand that fosters all forms of exploitation, in particular sexual exploitation and forced labour"),
        ("adopt", "national action plans against trafficking in persons with dedicated budgets and measurable indicators"),
        ("designate", "national rapporteurs or equivalent mechanisms to monitor anti-trafficking measures"),
        (
            "strengthen",
            "labour inspection in sectors at high risk of forced labour, such as agriculture, fishing and domestic work",
        ),
        ("collect", "disaggregated data on trafficking cases, victims and convictions, with due respect for privacy"),
    ),
    "victims": (
        (
            "ensure",
            "the proactive and timely identification of victims so as to allow the provision of protection and assistance",
        ),
        ("provide", "victims with access to shelters, medical care, psychological support and legal counselling"),
        ("guarantee", "that victims are not punished for unlawful acts they were compelled to commit"),
        ("grant", "temporary or permanent residence permits to victims, irrespective of their cooperation with the authorities"),
        ("establish", "compensation funds for victims, financed where possible from confiscated proceeds of crime"),
        ("apply", "a victim-centred, gender-sensitive and trauma-informed approach in all proceedings"),
        ("protect", "witnesses and their family members against retaliation or intimidation"),
        ("facilitate", "the safe and preferably voluntary return of victims, with due regard for their safety"),
        ("train", "first responders to recognize indicators of exploitation among children and persons with disabilities"),
        ("involve", "survivors in the design and evaluation of victim assistance programmes"),
    ),
    "smuggling": (
        ("criminalize", "the smuggling of migrants in line with the definition in the Protocol"),
        ("protect", "the rights of smuggled migrants, in particular their right to life and to be free from torture"),
        ("cooperate", "in search and rescue operations to prevent the loss of life of migrants at sea"),
        ("investigate", "the financial flows generated by migrant smuggling networks"),
        ("detect", "fraudulent travel and identity documents at border crossing points"),
        ("ensure", "that smuggled migrants are not held criminally liable for the fact of having been smuggled"),
        ("share", "information on smuggling routes, modus operandi and the use of online platforms by smugglers"),
        ("address", "the root causes of irregular migration, including poverty, conflict and lack of opportunity"),
        ("provide", "specific protection to unaccompanied migrant children, taking into account their best interests"),
        ("conduct", "joint operations against organized criminal groups involved in smuggling by land, sea and air"),
    ),
    "firearms": (
        ("mark", "firearms at the time of manufacture and import, with unique and legible markings"),
        ("maintain", "records on firearms, their parts and components and ammunition for not less than ten years"),
        ("establish", "effective systems of export, import and transit licensing or authorization"),
        ("trace", "illicitly manufactured and trafficked firearms and respond promptly to tracing requests"),
        ("criminalize", "the illicit manufacturing of firearms, including by means of 3D printing"),
        ("deactivate", "seized firearms in line with common standards so that they cannot be reactivated"),
        ("destroy", "confiscated firearms, unless another form of disposition has been officially authorized"),
        ("regulate", "the activities of brokers involved in the transfer of firearms and ammunition"),
        ("collect", "data on seized firearms and share them through the Illicit Arms Flows Questionnaire"),
        ("secure", "stockpiles of firearms and ammunition against loss, theft and diversion"),
    ),
    "cooperation": (
        ("simplify", "mutual legal assistance procedures, including by accepting requests transmitted electronically"),
        ("designate", "central authorities with adequate resources to handle requests for mutual legal assistance"),
        (
            "establish",
            "joint investigation teams, whenever possible and relevant, including with regional bodies such as Europol",
        ),
        ("make", "use of the Convention as a legal basis for extradition in the absence of a bilateral treaty"),
        (
            "consider",
            "the transfer of criminal proceedings where this is in the interest of the proper administration of justice",
        ),
        ("enhance", "direct law enforcement cooperation through INTERPOL channels and liaison officers"),
        ("update", "the information on their competent authorities in the online directory maintained by the Secretariat"),
        ("use", "videoconferencing for hearing witnesses and experts located abroad"),
        ("engage", "in informal consultations before sending formal requests, so as to expedite their execution"),
        ("share", "good practices on spontaneous transmission of information to foreign authorities"),
    ),
    "prevention": (
        ("conduct", "awareness-raising campaigns targeting communities vulnerable to exploitation"),
        ("strengthen", "partnerships with civil society organizations, the private sector and academia"),
        ("promote", "responsible business conduct and due diligence in supply chains"),
        ("address", "the vulnerabilities of persons affected by armed conflict, natural disasters and pandemics"),
        ("support", "research on the links between organized crime and emerging forms of exploitation"),
        ("regulate", "recruitment agencies and eliminate recruitment fees charged to workers"),
        ("develop", "school curricula that inform children and young people about the risks of online recruitment"),
        ("engage", "with technology companies to detect and remove content that facilitates exploitation"),
    ),
    "capacity": (
        ("provide", "multi-agency and multidisciplinary training for judges, prosecutors and law enforcement officials"),
        ("allocate", "sufficient financial and human resources to specialized units"),
        ("request", "technical assistance from UNODC in drafting legislation and building institutional capacity"),
        ("develop", "standard operating procedures and practical guides for investigators"),
        ("share", "case law and good practices through the SHERLOC knowledge management portal"),
        ("support", "the technical assistance activities of the Secretariat through voluntary contributions"),
        ("assess", "their technical assistance needs in the framework of the Implementation Review Mechanism"),
        ("set", "up mentoring programmes for newly appointed specialized prosecutors"),
    ),
    "financial": (
        ("conduct", "parallel financial investigations in all cases of organized crime"),
        ("trace", "freeze and confiscate the proceeds of crime, including virtual assets"),
        ("use", "confiscated assets for the compensation of victims and for crime prevention programmes"),
        ("strengthen", "cooperation between financial intelligence units and law enforcement authorities"),
        ("apply", "anti-money-laundering measures to sectors vulnerable to infiltration by organized criminal groups"),
        ("consider", "non-conviction-based confiscation in accordance with their domestic law"),
    ),
    "cyber": (
        ("preserve", "electronic evidence promptly and respond to requests for its disclosure"),
        ("ensure", "the admissibility of digital evidence in court proceedings, with due respect for privacy and due process"),
        ("build", "the capacity of investigators to conduct investigations involving cryptocurrencies"),
        ("cooperate", "with service providers to obtain subscriber information in a timely manner"),
        ("address", "the misuse of information and communications technologies by organized criminal groups"),
    ),
}

# Requests that only make sense negated ("should not ..."), by topic.
NEGATED_ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "trafficking": (("require", "proof of the use of force where the victim is a child"),),
    "victims": (
        ("detain", "victims of trafficking in persons in immigration detention facilities"),
        ("punish", "victims for offences that traffickers compelled them to commit"),
        ("make", "assistance to victims conditional on their cooperation in criminal proceedings"),
    ),
    "smuggling": (
        ("return", "smuggled migrants to a State where their life or freedom would be threatened"),
        ("prosecute", "migrants for the mere fact of having been smuggled"),
    ),
    "cooperation": (("impose", "unnecessary formal requirements on incoming requests for mutual legal assistance"),),
    "firearms": (("authorize", "transfers of firearms without verifying the end user"),),
}

# What United Nations actors are asked to do; {topic} is filled from TOPIC_PHRASES.
UN_ACTIONS = (
    ("continue", "to provide technical assistance to States parties upon request on {topic}"),
    ("compile", "good practices on {topic} and disseminate them widely"),
    ("develop", "a practical guide on {topic}, in consultation with States parties"),
    ("organize", "regional workshops on {topic} for practitioners"),
    ("convene", "an expert group meeting on {topic}"),
    ("include", "{topic} in the agenda of its future meetings"),
    ("prepare", "a background paper on {topic} for the next session of the Working Group"),
    ("update", "the model legislative provisions on {topic}"),
    ("strengthen", "its cooperation with other international organizations on {topic}"),
    ("report", "to the Conference at its next session on its activities relating to {topic}"),
)

TOPIC_PHRASES = {
    "trafficking": "trafficking in persons",
    "victims": "the protection of victims of trafficking",
    "smuggling": "the smuggling of migrants",
    "firearms": "illicit trafficking in firearms",
    "cooperation": "international cooperation in criminal matters",
    "prevention": "the prevention of exploitation",
    "capacity": "capacity-building for criminal justice practitioners",
    "financial": "the confiscation of proceeds of crime",
    "cyber": "electronic evidence",
}

QUALIFIERS = (
    "",
    "",
    "",
    "",
    "",
    "",
    ", in accordance with their domestic law",
    ", where appropriate",
    ", as appropriate",
    ", including at the local level",
    ", within available resources",
    ", in line with their international human rights obligations",
    ", in accordance with the fundamental principles of their legal systems",
    ", with the support of UNODC upon request",
    ", paying particular attention to women and children",
)

# Each purpose follows a comma when a qualifier precedes it.
PURPOSES = (
    "",
    "",
    "",
    "",
    " in order to strengthen the criminal justice response to organized crime",
    " with a view to ensuring that perpetrators are held accountable",
    " so as to improve national coordination and international cooperation",
    " to prevent revictimization and retraumatization",
    " in order to close gaps that are exploited by organized criminal groups",
    " with a view to facilitating the exchange of information and intelligence",
    " to support the effective implementation of the Convention and the Protocols thereto",
)

# Openings that carry a legal reference; {ref} is filled from LEGAL_REFS.
REF_PREFIXES = (
    "In line with {ref}, ",
    "In accordance with {ref}, ",
    "Recalling {ref}, ",
    "Pursuant to {ref}, ",
)
REF_SUFFIXES = (
    ", in line with {ref}",
    ", as provided for in {ref}",
    ", as required by {ref}",
    ", taking into account {ref}",
)

# Instruments and how reports name them; articles are drawn within each instrument's range.
INSTRUMENTS = (
    ("the Convention", 41),
    ("the Organized Crime Convention", 41),
    ("the United Nations Convention against Transnational Organized Crime", 41),
    ("UNTOC", 41),
    ("the Trafficking in Persons Protocol", 20),
    ("the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", 20),
    ("the Smuggling of Migrants Protocol", 25),
    ("the Migrants Protocol", 25),
    ("the Firearms Protocol", 21),
)

PARAGRAPH_INTROS = (
    "The Working Group on {body_short} adopted the recommendations below for consideration by the Conference at its {ordinal} session.",
    "At its meeting held in {venue} from {day1} to {day2} {month} {year}, the {body} adopted the recommendations presented below for consideration by the Conference.",
    "The {body}, established pursuant to decision {decision} of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, adopted the following recommendations.",
)

SECTION_TITLES = {
    "trafficking": (
        "Criminal justice responses to trafficking in persons",
        "Trafficking in persons for the purpose of forced labour",
    ),
    "victims": ("Protection of and assistance to victims", "Victims of trafficking", "Non-punishment of victims"),
    "smuggling": ("Protection of the rights of smuggled migrants", "Smuggling of migrants by sea"),
    "firearms": ("Marking, record-keeping and tracing", "Prevention of illicit manufacturing of and trafficking in firearms"),
    "cooperation": ("International cooperation", "Mutual legal assistance and extradition", "Joint investigations"),
    "prevention": ("Prevention and awareness-raising", "Partnerships with civil society and the private sector"),
    "capacity": ("Technical assistance and capacity-building", "Training of practitioners"),
    "financial": ("Financial investigations and confiscation of proceeds of crime",),
    "cyber": ("Electronic evidence and the use of technology",),
}

NON_RECOMMENDATION_PARAGRAPHS = (
    "The meeting was opened by the Chair, who welcomed the participants and recalled the mandate of the Working Group.",
    "Under agenda items 2 and 3, statements were made by representatives of the following parties: Argentina, Australia, Brazil, Egypt, France, Indonesia, Kenya, Mexico and Thailand.",
    "The observer for the International Organization for Migration also made a statement.",
    "The discussion under item {item} was led by the following panellists: Ms. Okafor (Nigeria), Mr. Lindqvist (Sweden) and Ms. Ramírez (Colombia).",
    "The Working Group adopted the following agenda at its opening meeting, held on {day1} {month} {year}.",
    "A representative of the Secretariat introduced the background paper prepared on the topic under discussion.",
    "Several speakers described national legislation and practices and referred to challenges encountered in their implementation.",
    "The following States parties were represented at the meeting: China, Iraq, Kenya, Peru, Portugal and the State of Palestine.",
    "The Working Group also heard statements by the observers for INTERPOL and the Special Rapporteur on trafficking in persons, especially women and children.",
    "The Working Group adopted its report at its {ordinal} meeting, on {day2} {month} {year}.",
)

ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
)
