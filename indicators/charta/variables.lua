-- charta.variables: the standard vocabulary of raw variables, loaded by
--   use "charta.variables"
-- (charta.sdg-kommunen loads it itself).
--
-- The shipped indicators read their data by these names: a city that names
-- the variables of its sources the same way gets every indicator whose data
-- it has, without writing one. Each entry says what the number is (title),
-- its unit, how the values of parts make the value of the whole
-- (aggregate: "sum" for counts and amounts, "mean" for levels such as a
-- concentration or a price, which a source should weight), the table of the
-- statistics offices' Regionaldatenbank (GENESIS) that has it for every
-- Kreis and kreisfreie Stadt where there is one, and where German cities
-- usually get it otherwise.
--
-- The values are as the statistics report them: stocks on their reference
-- day (population 31 December, employees 30 June, cars 1 January, childcare
-- 1 March), flows for the calendar year, the unit given here. A city
-- declares its sources with these names, for example
--
--   source "bevoelkerung" {
--     file = "data/12411-01-01-4.csv", preset = "genesis", encoding = "latin1",
--     variables = { population = { column = "Insgesamt", unit = "persons", aggregate = "sum" } },
--   }

-- Bevölkerung / population

variable "population" {
  title = { de = "Einwohnerinnen und Einwohner (31.12.)",
            en = "Inhabitants (31 December)" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-01-01-4",
  where = {
    de = "Bevölkerungsfortschreibung des Statistischen Landesamts (Hauptwohnsitz, "
      .. "Stichtag 31.12.); für Stadtteile das Einwohnermelderegister der Stadt",
    en = "Population estimates of the state statistical office (main residence, 31 "
      .. "December); for districts the city's population register",
  },
}

variable "population_female" {
  title = { de = "Einwohnerinnen (weiblich)",
            en = "Inhabitants, female" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-01-01-4",
  where = {
    de = "Bevölkerungsfortschreibung nach Geschlecht (Statistisches Landesamt) oder "
      .. "Melderegister",
    en = "Population estimates by sex (state statistical office) or the population "
      .. "register",
  },
}

variable "population_male" {
  title = { de = "Einwohner (männlich)",
            en = "Inhabitants, male" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-01-01-4",
  where = {
    de = "Bevölkerungsfortschreibung nach Geschlecht (Statistisches Landesamt) oder "
      .. "Melderegister",
    en = "Population estimates by sex (state statistical office) or the population "
      .. "register",
  },
}

variable "population_0_2" {
  title = { de = "Kinder unter 3 Jahren",
            en = "Children under 3" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-02-03-4",
  where = {
    de = "Bevölkerung nach Altersgruppen (Altersgruppen unter 3 Jahre), Statistisches "
      .. "Landesamt oder Melderegister",
    en = "Population by age group (under 3 years), state statistical office or "
      .. "population register",
  },
}

variable "population_0_5" {
  title = { de = "Kinder unter 6 Jahren",
            en = "Children under 6" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-02-03-4",
  where = {
    de = "Bevölkerung nach Altersgruppen: unter 3 und 3 bis unter 6 Jahre zusammen",
    en = "Population by age group: under 3 and 3 to under 6 years added up",
  },
}

variable "population_6_17" {
  title = { de = "Kinder und Jugendliche von 6 bis 17 Jahren",
            en = "Children and young people aged 6 to 17" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-02-03-4",
  where = {
    de = "Bevölkerung nach Altersgruppen: 6 bis unter 10, 10 bis unter 15 und 15 bis "
      .. "unter 18 Jahre zusammen",
    en = "Population by age group: 6 to under 10, 10 to under 15 and 15 to under 18 "
      .. "years added up",
  },
}

variable "population_18_64" {
  title = { de = "Bevölkerung von 18 bis 64 Jahren",
            en = "Population aged 18 to 64" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-02-03-4",
  where = {
    de = "Bevölkerung nach Altersgruppen: die Gruppen von 18 bis unter 65 Jahren "
      .. "zusammen",
    en = "Population by age group: the groups from 18 to under 65 years added up",
  },
}

variable "population_65plus" {
  title = { de = "Bevölkerung ab 65 Jahren",
            en = "Population aged 65 and over" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-02-03-4",
  where = {
    de = "Bevölkerung nach Altersgruppen: 65 bis unter 75 und 75 Jahre und mehr zusammen",
    en = "Population by age group: 65 to under 75 and 75 years and over added up",
  },
}

variable "population_foreign" {
  title = { de = "Ausländische Einwohnerinnen und Einwohner",
            en = "Inhabitants without German citizenship" },
  unit = "persons", aggregate = "sum",
  genesis = "12411-03-03-4",
  where = {
    de = "Bevölkerung nach Nationalität (Statistisches Landesamt) oder Melderegister; "
      .. "ohne Deutsche mit weiterer Staatsangehörigkeit",
    en = "Population by citizenship (state statistical office) or the population "
      .. "register; Germans with a second citizenship not included",
  },
}

-- Fläche / land

variable "area_km2" {
  title = { de = "Gebietsfläche",
            en = "Total area" },
  unit = "km²", aggregate = "sum",
  genesis = "11111-01-01-4",
  where = {
    de = "Gebietsstand des Statistischen Landesamts (Katasterfläche am 31.12.)",
    en = "Territorial data of the state statistical office (cadastral area on 31 "
      .. "December)",
  },
}

variable "settlement_transport_area_km2" {
  title = { de = "Siedlungs- und Verkehrsfläche",
            en = "Settlement and transport area" },
  unit = "km²", aggregate = "sum",
  genesis = "33111-01-02-4",
  where = {
    de = "Flächenerhebung nach Art der tatsächlichen Nutzung (ALKIS), Statistisches "
      .. "Landesamt oder Vermessungsamt der Stadt",
    en = "Land use survey by actual use (ALKIS cadastre), state statistical office or "
      .. "the city's surveying office",
  },
}

variable "green_space_ha" {
  title = { de = "Öffentliche Grünfläche",
            en = "Public green space" },
  unit = "ha", aggregate = "sum",
  where = {
    de = "Grünflächenkataster des Grünflächenamts; ersatzweise die Nutzungsart "
      .. "Grünanlage der Flächenerhebung (33111)",
    en = "Green space register of the parks department; failing that, the land use class"
      .. " 'Grünanlage' (park) of the land use survey (33111)",
  },
}

variable "forest_area_km2" {
  title = { de = "Waldfläche",
            en = "Forest area" },
  unit = "km²", aggregate = "sum",
  genesis = "33111-01-02-4",
  where = {
    de = "Flächenerhebung nach Art der tatsächlichen Nutzung (Nutzungsart Wald)",
    en = "Land use survey by actual use (class forest)",
  },
}

variable "protected_area_km2" {
  title = { de = "Fläche der Natur- und Landschaftsschutzgebiete",
            en = "Area of nature and landscape protection areas" },
  unit = "km²", aggregate = "sum",
  where = {
    de = "Untere Naturschutzbehörde; Schutzgebietsverzeichnis des Landesumweltamts "
      .. "(Überlagerungen nur einmal zählen)",
    en = "Lower nature conservation authority; register of protected areas of the state "
      .. "environment agency (count overlaps once)",
  },
}

variable "agricultural_area_ha" {
  title = { de = "Landwirtschaftlich genutzte Fläche",
            en = "Utilised agricultural area" },
  unit = "ha", aggregate = "sum",
  where = {
    de = "Agrarstrukturerhebung bzw. Landwirtschaftszählung des Statistischen Landesamts"
      .. " (Betriebssitzprinzip)",
    en = "Farm structure survey or agricultural census of the state statistical office "
      .. "(by the farm's seat)",
  },
}

variable "organic_farming_area_ha" {
  title = { de = "Ökologisch bewirtschaftete Fläche",
            en = "Area farmed organically" },
  unit = "ha", aggregate = "sum",
  where = {
    de = "Agrarstrukturerhebung (Fläche der Betriebe mit ökologischem Landbau) oder die "
      .. "Öko-Kontrollstellen des Landes",
    en = "Farm structure survey (area of organic farms) or the state's organic "
      .. "inspection bodies",
  },
}

-- Wohnen und Einkommen / housing and income

variable "households" {
  title = { de = "Private Haushalte",
            en = "Private households" },
  unit = "households", aggregate = "sum",
  where = {
    de = "Haushaltegenerierung aus dem Melderegister (kommunale Statistikstelle) oder "
      .. "Zensus",
    en = "Households derived from the population register (municipal statistics office) "
      .. "or the census",
  },
}

variable "dwellings" {
  title = { de = "Wohnungen in Wohn- und Nichtwohngebäuden",
            en = "Dwellings in residential and non-residential buildings" },
  unit = "dwellings", aggregate = "sum",
  genesis = "31231-02-01-4",
  where = {
    de = "Fortschreibung des Wohngebäude- und Wohnungsbestands (Statistisches Landesamt)",
    en = "Housing stock estimates of the state statistical office",
  },
}

variable "social_housing" {
  title = { de = "Mietpreis- und belegungsgebundene Wohnungen",
            en = "Rent-controlled social housing" },
  unit = "dwellings", aggregate = "sum",
  where = {
    de = "Wohnungsamt bzw. Wohnraumförderstelle; Landesförderbank",
    en = "Housing office or housing subsidy agency; the state development bank",
  },
}

variable "rent_eur_m2" {
  title = { de = "Angebotsmiete (nettokalt)",
            en = "Asking rent (net, excluding heating)" },
  unit = "EUR/m²", aggregate = "mean",
  where = {
    de = "Auswertung von Wohnungsinseraten (BBSR, Gutachterausschuss, Mietspiegel); "
      .. "Mittel der Teilräume gewichtet mit den Wohnungen",
    en = "Analysis of rental listings (BBSR, valuation committee, rent index); districts"
      .. " averaged weighted by dwellings",
  },
}

variable "disposable_income_teur" {
  title = { de = "Verfügbares Einkommen der privaten Haushalte",
            en = "Disposable income of private households" },
  unit = "1,000 EUR", aggregate = "sum",
  genesis = "82411-01-03-4",
  where = {
    de = "Volkswirtschaftliche Gesamtrechnungen der Länder (Arbeitskreis VGRdL), "
      .. "Kreisergebnisse",
    en = "Regional accounts of the Länder (VGRdL working group), district results",
  },
}

-- Arbeit und Wirtschaft / labour and economy

variable "employees_workplace" {
  title = { de = "Sozialversicherungspflichtig Beschäftigte am Arbeitsort (30.6.)",
            en = "Employees subject to social insurance at place of work (30 June)" },
  unit = "persons", aggregate = "sum",
  genesis = "13111-01-03-4",
  where = {
    de = "Beschäftigungsstatistik der Bundesagentur für Arbeit (Stichtag 30.6.), über "
      .. "das Statistische Landesamt",
    en = "Employment statistics of the Federal Employment Agency (30 June), via the "
      .. "state statistical office",
  },
}

variable "employees_residence" {
  title = { de = "Sozialversicherungspflichtig Beschäftigte am Wohnort (30.6.)",
            en = "Employees subject to social insurance at place of residence (30 June)" },
  unit = "persons", aggregate = "sum",
  genesis = "13111-02-02-4",
  where = {
    de = "Beschäftigungsstatistik der Bundesagentur für Arbeit (Stichtag 30.6.)",
    en = "Employment statistics of the Federal Employment Agency (30 June)",
  },
}

variable "employees_residence_female" {
  title = { de = "Sozialversicherungspflichtig beschäftigte Frauen am Wohnort",
            en = "Female employees subject to social insurance at place of residence" },
  unit = "persons", aggregate = "sum",
  genesis = "13111-02-02-4",
  where = {
    de = "Beschäftigungsstatistik der Bundesagentur für Arbeit, nach Geschlecht",
    en = "Employment statistics of the Federal Employment Agency, by sex",
  },
}

variable "employees_residence_foreign" {
  title = { de = "Sozialversicherungspflichtig beschäftigte Ausländerinnen und Ausländer am Wohnort",
            en = "Foreign employees subject to social insurance at place of residence" },
  unit = "persons", aggregate = "sum",
  genesis = "13111-02-02-4",
  where = {
    de = "Beschäftigungsstatistik der Bundesagentur für Arbeit, nach Nationalität",
    en = "Employment statistics of the Federal Employment Agency, by citizenship",
  },
}

variable "employees_academic" {
  title = { de = "Beschäftigte am Arbeitsort mit akademischem Berufsabschluss",
            en = "Employees at place of work with a university degree" },
  unit = "persons", aggregate = "sum",
  genesis = "13111-11-04-4",
  where = {
    de = "Beschäftigungsstatistik der Bundesagentur für Arbeit, nach beruflichem "
      .. "Ausbildungsabschluss",
    en = "Employment statistics of the Federal Employment Agency, by vocational "
      .. "qualification",
  },
}

variable "unemployed" {
  title = { de = "Arbeitslose (Jahresdurchschnitt)",
            en = "Registered unemployed (annual average)" },
  unit = "persons", aggregate = "sum",
  genesis = "13211-02-05-4",
  where = {
    de = "Arbeitsmarktstatistik der Bundesagentur für Arbeit; das Jahresmittel der zwölf"
      .. " Monatszählungen",
    en = "Labour market statistics of the Federal Employment Agency; the mean of the "
      .. "twelve monthly counts",
  },
}

variable "unemployed_longterm" {
  title = { de = "Langzeitarbeitslose (Jahresdurchschnitt)",
            en = "Long-term unemployed (annual average)" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Arbeitsmarktstatistik der Bundesagentur für Arbeit (ein Jahr und länger "
      .. "arbeitslos)",
    en = "Labour market statistics of the Federal Employment Agency (unemployed for a "
      .. "year or longer)",
  },
}

variable "sgb2_recipients" {
  title = { de = "Regelleistungsberechtigte nach SGB II",
            en = "Recipients of basic income support (SGB II)" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Grundsicherungsstatistik der Bundesagentur für Arbeit (Jahresdurchschnitt oder"
      .. " Dezember)",
    en = "Basic income support statistics of the Federal Employment Agency (annual "
      .. "average or December)",
  },
}

variable "sgb2_children" {
  title = { de = "Kinder und Jugendliche unter 18 in SGB-II-Bedarfsgemeinschaften",
            en = "Children under 18 in households receiving SGB II" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Grundsicherungsstatistik der Bundesagentur für Arbeit, Personen in "
      .. "Bedarfsgemeinschaften nach Alter",
    en = "Basic income support statistics of the Federal Employment Agency, persons in "
      .. "benefit households by age",
  },
}

variable "basic_income_65plus" {
  title = { de = "Empfängerinnen und Empfänger von Grundsicherung im Alter (65+)",
            en = "Recipients of old-age basic income support (65 and over)" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Statistik der Grundsicherung im Alter und bei Erwerbsminderung (SGB XII, 4. "
      .. "Kapitel), Sozialamt oder Statistisches Landesamt",
    en = "Statistics of old-age and disability basic income support (SGB XII, chapter "
      .. "4), social welfare office or state statistical office",
  },
}

variable "business_registrations" {
  title = { de = "Gewerbeanmeldungen (Neuerrichtungen)",
            en = "Business registrations (new establishments)" },
  unit = "registrations", aggregate = "sum",
  genesis = "52311-01-04-4",
  where = {
    de = "Gewerbeanzeigenstatistik (Statistisches Landesamt) oder Gewerbeamt",
    en = "Trade register notifications (state statistical office) or the trade licensing"
      .. " office",
  },
}

variable "overnight_stays" {
  title = { de = "Gästeübernachtungen",
            en = "Overnight stays of guests" },
  unit = "stays", aggregate = "sum",
  genesis = "45412-01-03-4",
  where = {
    de = "Monatserhebung im Tourismus (Betriebe ab 10 Schlafgelegenheiten), "
      .. "Statistisches Landesamt",
    en = "Monthly tourism survey (establishments with 10 beds or more), state "
      .. "statistical office",
  },
}

-- Mobilität / mobility

variable "cars" {
  title = { de = "Pkw-Bestand (1.1.)",
            en = "Passenger cars registered (1 January)" },
  unit = "cars", aggregate = "sum",
  genesis = "46251-01-02-4",
  where = {
    de = "Fahrzeugbestand des Kraftfahrt-Bundesamts am 1.1., über das Statistische "
      .. "Landesamt; für Stadtteile die Zulassungsstelle",
    en = "Vehicle register of the Federal Motor Transport Authority on 1 January, via "
      .. "the state statistical office; for districts the registration office",
  },
}

variable "cars_electric" {
  title = { de = "Pkw mit Elektroantrieb (1.1.)",
            en = "Battery electric passenger cars (1 January)" },
  unit = "cars", aggregate = "sum",
  where = {
    de = "Fahrzeugbestand des Kraftfahrt-Bundesamts nach Kraftstoffart "
      .. "(Zulassungsbezirke) oder Zulassungsstelle",
    en = "Vehicle register of the Federal Motor Transport Authority by fuel type "
      .. "(registration districts) or the registration office",
  },
}

variable "pt_stops" {
  title = { de = "Haltestellen des ÖPNV",
            en = "Public transport stops" },
  unit = "stops", aggregate = "sum",
  where = {
    de = "Soll-Fahrplandaten (GTFS) des Verkehrsverbunds oder Nahverkehrsplan",
    en = "Scheduled timetable data (GTFS) of the transport association or the local "
      .. "transport plan",
  },
}

variable "pt_stops_accessible" {
  title = { de = "Barrierefrei ausgebaute Haltestellen",
            en = "Step-free public transport stops" },
  unit = "stops", aggregate = "sum",
  where = {
    de = "Haltestellenkataster des Verkehrsunternehmens bzw. Nahverkehrsplan",
    en = "Stop register of the transport operator or the local transport plan",
  },
}

variable "population_near_pt" {
  title = { de = "Einwohner im Einzugsbereich einer ÖPNV-Haltestelle",
            en = "Inhabitants within reach of a public transport stop" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "GIS-Verschneidung der Adressen des Melderegisters mit den Haltestellen (300 m "
      .. "Bus und Tram, 500 m Bahn, mit Mindesttakt)",
    en = "GIS overlay of register addresses with the stops (300 m for bus and tram, 500 "
      .. "m for rail, with a minimum service)",
  },
}

variable "cycle_paths_km" {
  title = { de = "Länge der Radverkehrsanlagen",
            en = "Length of cycle infrastructure" },
  unit = "km", aggregate = "sum",
  where = {
    de = "Radverkehrskataster des Tiefbau- oder Verkehrsamts (Radwege, Radfahrstreifen, "
      .. "Fahrradstraßen)",
    en = "Cycle network register of the roads or transport department (cycle paths, "
      .. "lanes, cycle streets)",
  },
}

variable "road_deaths" {
  title = { de = "Getötete bei Straßenverkehrsunfällen",
            en = "People killed in road traffic accidents" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Straßenverkehrsunfallstatistik (Statistik 46241) des Statistischen Landesamts "
      .. "oder Unfallstatistik der Polizei",
    en = "Road traffic accident statistics (statistic 46241) of the state statistical "
      .. "office or the police",
  },
}

-- Abfall und Wasser / waste and water

variable "household_waste_t" {
  title = { de = "Haushaltsabfälle",
            en = "Household waste" },
  unit = "t", aggregate = "sum",
  genesis = "32121-01-02-4",
  where = {
    de = "Statistik der öffentlich-rechtlichen Abfallentsorgung (Statistisches "
      .. "Landesamt) oder Abfallbilanz des Entsorgers",
    en = "Statistics of public waste disposal (state statistical office) or the waste "
      .. "balance of the disposal authority",
  },
}

variable "residual_waste_t" {
  title = { de = "Haus- und Sperrmüll",
            en = "Residual and bulky household waste" },
  unit = "t", aggregate = "sum",
  genesis = "32121-01-02-4",
  where = {
    de = "Statistik der öffentlich-rechtlichen Abfallentsorgung (Haus- und Sperrmüll)",
    en = "Statistics of public waste disposal (residual and bulky waste)",
  },
}

variable "organic_waste_t" {
  title = { de = "Getrennt erfasste organische Abfälle",
            en = "Separately collected organic waste" },
  unit = "t", aggregate = "sum",
  genesis = "32121-01-02-4",
  where = {
    de = "Statistik der öffentlich-rechtlichen Abfallentsorgung (Biotonne sowie Garten- "
      .. "und Parkabfälle)",
    en = "Statistics of public waste disposal (organic bin and garden and park waste)",
  },
}

variable "recyclables_t" {
  title = { de = "Getrennt erfasste Wertstoffe",
            en = "Separately collected recyclables" },
  unit = "t", aggregate = "sum",
  genesis = "32121-01-02-4",
  where = {
    de = "Statistik der öffentlich-rechtlichen Abfallentsorgung (Papier, Glas, "
      .. "Verpackungen und weitere Wertstoffe)",
    en = "Statistics of public waste disposal (paper, glass, packaging and other "
      .. "recyclables)",
  },
}

variable "water_households_m3" {
  title = { de = "Trinkwasserabgabe an Haushalte und Kleingewerbe",
            en = "Drinking water supplied to households and small businesses" },
  unit = "m³", aggregate = "sum",
  where = {
    de = "Wasserversorger (Stadtwerke); Statistik der öffentlichen Wasserversorgung "
      .. "(alle drei Jahre)",
    en = "Water utility (Stadtwerke); statistics of public water supply (every three "
      .. "years)",
  },
}

variable "population_wwtp" {
  title = { de = "An eine Kläranlage angeschlossene Einwohner",
            en = "Inhabitants connected to a waste water treatment plant" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Abwasserbetrieb; Statistik der öffentlichen Abwasserentsorgung",
    en = "Waste water utility; statistics of public waste water disposal",
  },
}

variable "wastewater_m3" {
  title = { de = "Behandelte Abwassermenge",
            en = "Waste water treated" },
  unit = "m³", aggregate = "sum",
  where = {
    de = "Betriebsdaten der kommunalen Kläranlagen (Abwasserbetrieb)",
    en = "Operating data of the municipal treatment plants (waste water utility)",
  },
}

variable "wastewater_nutrient_removal_m3" {
  title = { de = "Abwasser mit gezielter Stickstoff- und Phosphorelimination",
            en = "Waste water treated with nitrogen and phosphorus removal" },
  unit = "m³", aggregate = "sum",
  where = {
    de = "Betriebsdaten der kommunalen Kläranlagen; Lagebericht Kommunales Abwasser des "
      .. "Landes",
    en = "Operating data of the municipal treatment plants; the state's report on urban "
      .. "waste water",
  },
}

-- Energie, Klima, Umwelt, Digitales / energy, climate, environment, digital

variable "energy_use_mwh" {
  title = { de = "Endenergieverbrauch",
            en = "Final energy consumption" },
  unit = "MWh", aggregate = "sum",
  where = {
    de = "Kommunale Energie- und Treibhausgasbilanz nach BISKO (Klimaschutzmanagement), "
      .. "mit Daten der Netzbetreiber",
    en = "Municipal energy and greenhouse gas balance by the BISKO standard (climate "
      .. "office), with grid operators' data",
  },
}

variable "electricity_use_mwh" {
  title = { de = "Stromverbrauch",
            en = "Electricity consumption" },
  unit = "MWh", aggregate = "sum",
  where = {
    de = "Netzbetreiber (Netzabsatz im Stadtgebiet); Energie- und Treibhausgasbilanz",
    en = "Grid operator (electricity delivered in the city); the energy and greenhouse "
      .. "gas balance",
  },
}

variable "renewable_electricity_mwh" {
  title = { de = "Stromerzeugung aus erneuerbaren Energien im Gemeindegebiet",
            en = "Renewable electricity generated within the municipality" },
  unit = "MWh", aggregate = "sum",
  where = {
    de = "EEG-Bewegungsdaten der Netzbetreiber; Marktstammdatenregister der "
      .. "Bundesnetzagentur",
    en = "Feed-in data of the grid operators under the Renewable Energy Act; the market "
      .. "master data register of the Federal Network Agency",
  },
}

variable "pv_kwp" {
  title = { de = "Installierte Photovoltaik-Leistung",
            en = "Installed photovoltaic capacity" },
  unit = "kWp", aggregate = "sum",
  where = {
    de = "Marktstammdatenregister der Bundesnetzagentur (Anlagen in Betrieb, nach "
      .. "Standort)",
    en = "Market master data register of the Federal Network Agency (plants in "
      .. "operation, by location)",
  },
}

variable "co2_t" {
  title = { de = "CO₂-Emissionen (CO₂-Äquivalente)",
            en = "CO₂ emissions (CO₂ equivalents)" },
  unit = "t", aggregate = "sum",
  where = {
    de = "Kommunale Energie- und Treibhausgasbilanz nach BISKO (endenergiebasierte "
      .. "Territorialbilanz)",
    en = "Municipal energy and greenhouse gas balance by the BISKO standard "
      .. "(territorial, final energy based)",
  },
}

variable "pm25_ugm3" {
  title = { de = "Feinstaub PM2,5, Jahresmittel",
            en = "Fine particulate matter PM2.5, annual mean" },
  unit = "µg/m³", aggregate = "mean",
  where = {
    de = "Luftmessnetz des Landesumweltamts; für Teilräume Modellrechnung, gemittelt mit"
      .. " der Bevölkerung als Gewicht",
    en = "Air monitoring network of the state environment agency; for districts a model,"
      .. " averaged with population as the weight",
  },
}

variable "no2_ugm3" {
  title = { de = "Stickstoffdioxid NO₂, Jahresmittel",
            en = "Nitrogen dioxide NO₂, annual mean" },
  unit = "µg/m³", aggregate = "mean",
  where = {
    de = "Luftmessnetz des Landesumweltamts (Mittel der städtischen Hintergrund- und "
      .. "Verkehrsstationen) oder Luftreinhalteplan",
    en = "Air monitoring network of the state environment agency (mean of urban "
      .. "background and traffic stations) or the clean air plan",
  },
}

variable "noise_exposed" {
  title = { de = "Einwohner mit Straßenlärm über 65 dB(A) ganztags",
            en = "Inhabitants exposed to road noise above 65 dB(A) Lden" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Lärmkartierung nach der EU-Umgebungslärmrichtlinie (alle fünf Jahre), "
      .. "Lärmaktionsplan",
    en = "Noise mapping under the EU Environmental Noise Directive (every five years), "
      .. "noise action plan",
  },
}

variable "broadband_gigabit_households" {
  title = { de = "Haushalte mit verfügbarem Gigabit-Anschluss",
            en = "Households with gigabit broadband available" },
  unit = "households", aggregate = "sum",
  where = {
    de = "Breitbandatlas bzw. Gigabit-Grundbuch des Bundes (Verfügbarkeit ab 1.000 "
      .. "Mbit/s)",
    en = "Federal broadband atlas or gigabit register (availability of 1,000 Mbit/s and "
      .. "more)",
  },
}

-- Bildung / education

variable "school_leavers" {
  title = { de = "Absolventen und Abgänger allgemeinbildender Schulen",
            en = "Leavers from general schools" },
  unit = "persons", aggregate = "sum",
  genesis = "21111-02-06-4",
  where = {
    de = "Schulstatistik des Statistischen Landesamts (Schulort), Schuljahresende",
    en = "School statistics of the state statistical office (by school location), end of"
      .. " the school year",
  },
}

variable "school_leavers_no_hsa" {
  title = { de = "Abgänger ohne Hauptschulabschluss",
            en = "Leavers without a lower secondary certificate" },
  unit = "persons", aggregate = "sum",
  genesis = "21111-02-06-4",
  where = {
    de = "Schulstatistik des Statistischen Landesamts, nach Abschlussart",
    en = "School statistics of the state statistical office, by qualification",
  },
}

variable "school_leavers_abitur" {
  title = { de = "Absolventen mit allgemeiner Hochschulreife",
            en = "Leavers with the general higher education entrance qualification (Abitur)" },
  unit = "persons", aggregate = "sum",
  genesis = "21111-02-06-4",
  where = {
    de = "Schulstatistik des Statistischen Landesamts, nach Abschlussart",
    en = "School statistics of the state statistical office, by qualification",
  },
}

variable "childcare_places" {
  title = { de = "Genehmigte Plätze in Kindertageseinrichtungen (1.3.)",
            en = "Approved places in day care centres (1 March)" },
  unit = "places", aggregate = "sum",
  genesis = "22541-01-01-4",
  where = {
    de = "Statistik der Kinder- und Jugendhilfe (Stichtag 1.3.) oder Kita-Bedarfsplanung"
      .. " des Jugendamts",
    en = "Child and youth welfare statistics (1 March) or the youth office's day care "
      .. "planning",
  },
}

variable "children_u3_care" {
  title = { de = "Kinder unter 3 Jahren in Kindertagesbetreuung",
            en = "Children under 3 in day care" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Statistik der Kinder- und Jugendhilfe: Kinder in Tageseinrichtungen und in "
      .. "Kindertagespflege (ohne Doppelzählung)",
    en = "Child and youth welfare statistics: children in day care centres and with "
      .. "childminders (without double counting)",
  },
}

variable "children_3_5_care" {
  title = { de = "Kinder von 3 bis unter 6 Jahren in Kindertagesbetreuung",
            en = "Children aged 3 to under 6 in day care" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Statistik der Kinder- und Jugendhilfe: Kinder in Tageseinrichtungen und in "
      .. "Kindertagespflege",
    en = "Child and youth welfare statistics: children in day care centres and with "
      .. "childminders",
  },
}

-- Gesundheit und Pflege / health and care

variable "gps" {
  title = { de = "Hausärztinnen und Hausärzte",
            en = "General practitioners" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Kassenärztliche Vereinigung (Bedarfsplanung, Köpfe oder Vollzeitäquivalente)",
    en = "Regional association of statutory health insurance physicians (needs planning,"
      .. " heads or full-time equivalents)",
  },
}

variable "physicians" {
  title = { de = "Ärztinnen und Ärzte (ambulant und stationär)",
            en = "Physicians (outpatient and inpatient)" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Ärztekammer des Landes (berufstätige Ärztinnen und Ärzte nach Kreis); "
      .. "Gesundheitsberichterstattung",
    en = "State medical association (practising physicians by district); health "
      .. "reporting",
  },
}

variable "hospital_beds" {
  title = { de = "Aufgestellte Krankenhausbetten",
            en = "Hospital beds" },
  unit = "beds", aggregate = "sum",
  genesis = "23111-01-04-4",
  where = {
    de = "Krankenhausstatistik (Grunddaten) des Statistischen Landesamts; "
      .. "Krankenhausplan des Landes",
    en = "Hospital statistics (basic data) of the state statistical office; the state "
      .. "hospital plan",
  },
}

variable "nursing_home_places" {
  title = { de = "Verfügbare Plätze in Pflegeheimen",
            en = "Places in nursing homes" },
  unit = "places", aggregate = "sum",
  where = {
    de = "Pflegestatistik (alle zwei Jahre, Statistisches Landesamt) oder Heimaufsicht",
    en = "Long-term care statistics (every two years, state statistical office) or the "
      .. "care home supervisory authority",
  },
}

-- Sicherheit / safety

variable "crimes" {
  title = { de = "Erfasste Straftaten",
            en = "Recorded crimes" },
  unit = "cases", aggregate = "sum",
  where = {
    de = "Polizeiliche Kriminalstatistik (PKS) des Landeskriminalamts bzw. des "
      .. "Polizeipräsidiums, Tatortprinzip",
    en = "Police crime statistics (PKS) of the state criminal police office or the "
      .. "police headquarters, by place of offence",
  },
}

variable "violent_crimes" {
  title = { de = "Erfasste Gewaltdelikte",
            en = "Recorded violent crimes" },
  unit = "cases", aggregate = "sum",
  where = {
    de = "Polizeiliche Kriminalstatistik, Summenschlüssel Gewaltkriminalität",
    en = "Police crime statistics, the aggregate key for violent crime",
  },
}

-- Beteiligung, Verwaltung, Finanzen / participation, administration, finance

variable "council_seats" {
  title = { de = "Sitze im Gemeinderat bzw. in der Stadtverordnetenversammlung",
            en = "Seats in the municipal council" },
  unit = "seats", aggregate = "sum",
  where = {
    de = "Wahlamt (Ergebnis der Kommunalwahl, Stand nach der Konstituierung)",
    en = "Elections office (result of the local election, as constituted)",
  },
}

variable "council_seats_women" {
  title = { de = "Sitze im Gemeinderat, von Frauen besetzt",
            en = "Council seats held by women" },
  unit = "seats", aggregate = "sum",
  where = {
    de = "Wahlamt bzw. Ratsbüro (Stand nach der Konstituierung oder zum 31.12.)",
    en = "Elections office or council office (as constituted or on 31 December)",
  },
}

variable "eligible_voters" {
  title = { de = "Wahlberechtigte bei der Kommunalwahl",
            en = "Persons entitled to vote in the local election" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Wahlamt (amtliches Endergebnis der Kommunalwahl)",
    en = "Elections office (final result of the local election)",
  },
}

variable "voters" {
  title = { de = "Wählerinnen und Wähler bei der Kommunalwahl",
            en = "Persons who voted in the local election" },
  unit = "persons", aggregate = "sum",
  where = {
    de = "Wahlamt (amtliches Endergebnis der Kommunalwahl)",
    en = "Elections office (final result of the local election)",
  },
}

variable "admin_leaders" {
  title = { de = "Führungspositionen in der Stadtverwaltung",
            en = "Management positions in the city administration" },
  unit = "positions", aggregate = "sum",
  where = {
    de = "Personalamt (Amts-, Abteilungs- und Sachgebietsleitungen, Stichtag 30.6.)",
    en = "Human resources office (heads of departments, divisions and units, 30 June)",
  },
}

variable "admin_leaders_women" {
  title = { de = "Führungspositionen in der Stadtverwaltung, von Frauen besetzt",
            en = "Management positions in the city administration held by women" },
  unit = "positions", aggregate = "sum",
  where = {
    de = "Personalamt; Gleichstellungsplan",
    en = "Human resources office; the equality plan",
  },
}

variable "applications_total" {
  title = { de = "Anträge bei der Verwaltung",
            en = "Applications to the administration" },
  unit = "applications", aggregate = "sum",
  where = {
    de = "Fachverfahren und Bürgerämter der Verwaltung (ausgewählte Leistungen nach dem "
      .. "Onlinezugangsgesetz)",
    en = "Case management systems and citizens' offices (selected services under the "
      .. "Online Access Act)",
  },
}

variable "applications_online" {
  title = { de = "Davon online gestellte Anträge",
            en = "Of which submitted online" },
  unit = "applications", aggregate = "sum",
  where = {
    de = "Serviceportal der Stadt bzw. des Landes, zusammen mit den Fachverfahren",
    en = "The city's or state's service portal, together with the case management "
      .. "systems",
  },
}

variable "debt_eur" {
  title = { de = "Schulden des Kernhaushalts und der Extrahaushalte",
            en = "Debt of the core budget and off-budget entities" },
  unit = "EUR", aggregate = "sum",
  where = {
    de = "Jährliche Schuldenstatistik (Statistik 71327) bzw. Kämmerei; ohne öffentliche "
      .. "Unternehmen",
    en = "Annual debt statistics (statistic 71327) or the treasury; public enterprises "
      .. "not included",
  },
}

variable "tax_revenue_eur" {
  title = { de = "Steuereinnahmen der Gemeinde",
            en = "Municipal tax revenue" },
  unit = "EUR", aggregate = "sum",
  where = {
    de = "Realsteuervergleich und Gemeindefinanzstatistik (Grund- und Gewerbesteuer "
      .. "netto, Gemeindeanteile an Einkommen- und Umsatzsteuer)",
    en = "Comparison of real taxes and municipal finance statistics (property and net "
      .. "trade tax, municipal shares of income and turnover tax)",
  },
}

variable "development_eur" {
  title = { de = "Ausgaben für kommunale Entwicklungspolitik",
            en = "Spending on municipal development cooperation" },
  unit = "EUR", aggregate = "sum",
  where = {
    de = "Haushalt der Stadt (Produkte für internationale Zusammenarbeit und "
      .. "Partnerschaften mit dem Globalen Süden)",
    en = "The city's budget (items for international cooperation and partnerships with "
      .. "the Global South)",
  },
}
