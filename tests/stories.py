"""Short news texts for the triage and summary tests: three reports of one raid, reports of
unrelated stories, and pages that are not reports."""

RAID_A = """Pakistani paramilitary troops raided the headquarters of the Muttahida Qaumi Movement in Karachi \
on Wednesday, arresting dozens of party workers and seizing weapons, officials said.
The Rangers said the weapons found at the office, known as Nine Zero, included rifles and ammunition that were \
illegal.
Party leader Faisal Sabzwari said one of their workers was shot dead during the raid.
"All our workers were peaceful, and even us lawmakers were remaining silent while the operation was ongoing," he said.
Police said the suspects arrested at the compound were wanted for murder and extortion in the city.
The party, which dominates politics in Karachi, called for peaceful protests across the city on Thursday."""

RAID_B = """Paramilitary Rangers stormed the Karachi headquarters of the MQM party early on Wednesday and \
detained several party members, a spokesman said.
A spokesman for the Rangers told reporters that a large cache of illegal weapons had been found at Nine Zero.
At least 27 people were arrested at Nine Zero, and weapons were seized from the building, officials said.
The MQM said one party worker was killed by gunfire during the raid on its offices.
"This raid is an attack on democracy."
Party leader Altaf Hussain, who lives in London, condemned the raid in a televised speech.
Businesses in Karachi closed their doors as party supporters gathered outside the headquarters."""

RAID_C = """Security forces raided the MQM headquarters in Karachi on Wednesday, the latest move in a crackdown \
on violence in Pakistan's largest city.
Officials said at least 27 people were arrested at Nine Zero and weapons were seized from the building.
One MQM worker died of gunshot wounds, according to the party.
The Rangers said they acted on orders to restore law and order in Karachi after years of political killings."""

ARCHIVE = """These crawls are part of an effort to archive pages as they are created and archive the pages that \
they refer to. That way, as the pages that are referenced are changed or taken from the web, a link to the version \
that was live when the page was written will be preserved.
The goal is to fix all broken links on the web. Crawls of supported "No More 404" sites."""

WEATHER = """Norfolk, VA (23510)
Today
Periods of rain. High 58F. Winds ENE at 10 to 20 mph. Chance of rain 90%.
Tonight
Rain. Thunderstorms possible. Low 56F. Winds E at 10 to 15 mph."""

BAKE = """A bakery in Vermont won the state's annual pie contest on Saturday with a maple pecan tart, judges said.
The owners said they had worked on the recipe for three years and would add it to their menu next week.
More than 40 bakeries entered the contest, which raises money for the local food bank.
The judges praised the crust and said the filling was not too sweet."""

LAUNCH = """NASA launched a new weather satellite from Cape Canaveral on Tuesday aboard an Atlas V rocket.
The satellite will track hurricanes and wildfires from geostationary orbit, the agency said.
Engineers will spend several months testing its instruments before it begins sending data to forecasters.
The launch had been delayed twice because of high winds over the Florida coast."""

TRADE = """The European Union agreed on Friday to raise tariffs on imported steel after a surge in shipments \
from Asia.
Officials in Brussels said the measures would last three years and could be reviewed next spring.
Steelmakers welcomed the decision, saying cheap imports had cost thousands of jobs across the bloc.
Importers warned that car makers and builders would face higher prices."""
