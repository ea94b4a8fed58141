-- charta.sdg-kommunen: SDG indicators for German municipalities, loaded by
--   use "charta.sdg-kommunen"
--
-- A starting set for a city's Voluntary Local Review and its smart city
-- monitoring, in the spirit of the catalogue "SDG-Indikatoren für
-- Kommunen" (Bertelsmann Stiftung, Deutscher Städtetag, Difu and partners):
-- every one of the 17 goals, with what German municipalities can measure
-- from official statistics and their own records. The definitions are
-- charta's own.
--
-- Each indicator says what it measures (definition), the action field it
-- usually belongs to (field, from charta.fields), the UN indicator it
-- stands for (sdg: goal.target.indicator; where the measure is a German
-- proxy, the closest target or indicator), the variables of the standard
-- vocabulary it reads (needs, from charta.variables) and, where one
-- applies, the matching indicator of UN-Habitat's Urban Monitoring
-- Framework (umf: domain × objective), of the ITU U4SSC key performance
-- indicators (u4ssc) and of ISO 37120 (iso37120). sdmx gives the series
-- of the UN SDG data structure where the measure is the UN's own.
--
-- An indicator is computed when the city's data have every variable it
-- needs; the others are left out of the report and listed by `charta list`
-- as without data. A city adapts one with
--   indicator "oepnv" { extends = "charta.sdg-kommunen/oepnv-erreichbarkeit",
--                       target = { year = 2030, value = 95 } }
-- and removes one with
--   drop "charta.sdg-kommunen/verkehrstote"
--
-- Shares are in percent of the whole (limit 100); rates per inhabitant
-- use the population on 31 December of the same year unless said
-- otherwise; no indicator has a target: targets are the city's decision.

use "charta.variables"
use "charta.fields"

-- --------------------------------------------------------------------------
-- SDG 1 Keine Armut / No poverty

indicator "sgb2-quote" {
  title = {
    de = "SGB-II-Quote",
    en = "Share of people receiving basic income support (SGB II)",
  },
  definition = {
    de = "Anteil der Regelleistungsberechtigten nach SGB II an der Bevölkerung unter "
      .. "65 Jahren, in Prozent. Ein Maß für Armut, gemessen am Bezug der "
      .. "Grundsicherung.",
    en = "People entitled to basic income support under SGB II as a percentage of the "
      .. "population under 65: poverty measured by the receipt of the basic benefit.",
  },
  field = "HF07", sdg = "1.2.2",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "sgb2_recipients", "population_0_5", "population_6_17", "population_18_64" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:SH:SI:3C",
    iso37120 = "37120 Population and social conditions: share of population below the poverty line",
  },
  compute = function(d)
    return share(d.sgb2_recipients, d.population_0_5 + d.population_6_17 + d.population_18_64)
  end,
}

indicator "kinderarmut" {
  title = {
    de = "Kinderarmut",
    en = "Child poverty",
  },
  definition = {
    de = "Anteil der Kinder und Jugendlichen unter 18 Jahren, die in "
      .. "Bedarfsgemeinschaften nach SGB II leben, an allen unter 18-Jährigen, in "
      .. "Prozent.",
    en = "Children and young people under 18 living in households that receive SGB II "
      .. "support, as a percentage of everyone under 18.",
  },
  field = "HF07", sdg = "1.2.2",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "sgb2_children", "population_0_5", "population_6_17" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return share(d.sgb2_children, d.population_0_5 + d.population_6_17)
  end,
}

indicator "altersarmut" {
  title = {
    de = "Altersarmut",
    en = "Old-age poverty",
  },
  definition = {
    de = "Anteil der Menschen ab 65 Jahren, die Grundsicherung im Alter (SGB XII) "
      .. "erhalten, an allen Einwohnerinnen und Einwohnern dieses Alters, in Prozent.",
    en = "People aged 65 and over who receive old-age basic income support (SGB XII), "
      .. "as a percentage of all inhabitants of that age.",
  },
  field = "HF07", sdg = "1.3.1",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "basic_income_65plus", "population_65plus" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return share(d.basic_income_65plus, d.population_65plus)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 2 Kein Hunger / Zero hunger

indicator "oekolandbau" {
  title = {
    de = "Ökologisch bewirtschaftete Landwirtschaftsfläche",
    en = "Agricultural land farmed organically",
  },
  definition = {
    de = "Anteil der ökologisch bewirtschafteten an der landwirtschaftlich genutzten "
      .. "Fläche, in Prozent.",
    en = "Area farmed organically as a percentage of the utilised agricultural area.",
  },
  field = "HF03", sdg = "2.4.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "organic_farming_area_ha", "agricultural_area_ha" },
  tags = {
    umf = "Environment × Sustainable",
    iso37120 = "37120 Urban/local agriculture and food security",
  },
  compute = function(d)
    return share(d.organic_farming_area_ha, d.agricultural_area_ha)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 3 Gesundheit und Wohlergehen / Good health and well-being

indicator "hausaerzte" {
  title = {
    de = "Hausärztliche Versorgung",
    en = "General practitioners per inhabitant",
  },
  definition = {
    de = "Hausärztinnen und Hausärzte je 100.000 Einwohnerinnen und Einwohner: die "
      .. "Erreichbarkeit der Grundversorgung.",
    en = "General practitioners per 100,000 inhabitants: how well primary care is "
      .. "within reach.",
  },
  field = "HF09", sdg = "3.8.1",
  unit = { de = "je 100.000 EW", en = "per 100,000 inhabitants" }, decimals = 1,
  direction = "up",
  needs = { "gps", "population" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:EH:H:3C",
    iso37120 = "37120 Health: physicians per 100,000 population",
  },
  compute = function(d)
    return per(d.gps, d.population, 100000)
  end,
}

indicator "aerztedichte" {
  title = {
    de = "Ärztedichte",
    en = "Density of physicians",
  },
  definition = {
    de = "Berufstätige Ärztinnen und Ärzte (ambulant und stationär) je 10.000 "
      .. "Einwohnerinnen und Einwohner.",
    en = "Practising physicians (outpatient and inpatient) per 10,000 inhabitants.",
  },
  field = "HF09", sdg = "3.c.1",
  unit = { de = "je 10.000 EW", en = "per 10,000 inhabitants" }, decimals = 1,
  direction = "up",
  needs = { "physicians", "population" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:EH:H:3C",
    iso37120 = "37120 Health: physicians per 100,000 population",
  },
  sdmx = { SERIES = "SH_MED_DEN", UNIT_MEASURE = "PER_10000_POP" },
  compute = function(d)
    return per(d.physicians, d.population, 10000)
  end,
}

indicator "krankenhausbetten" {
  title = {
    de = "Krankenhausbetten",
    en = "Hospital beds",
  },
  definition = {
    de = "Aufgestellte Krankenhausbetten je 10.000 Einwohnerinnen und Einwohner.",
    en = "Hospital beds set up per 10,000 inhabitants.",
  },
  field = "HF09", sdg = "3.8.1",
  unit = { de = "je 10.000 EW", en = "per 10,000 inhabitants" }, decimals = 1,
  direction = "none",
  needs = { "hospital_beds", "population" },
  tags = {
    umf = "Society × Resilient",
    u4ssc = "SC:EH:H:4C",
    iso37120 = "37120 Health: in-patient hospital beds per 100,000 population",
  },
  compute = function(d)
    return per(d.hospital_beds, d.population, 10000)
  end,
}

indicator "pflegeheimplaetze" {
  title = {
    de = "Pflegeheimplätze",
    en = "Nursing home places",
  },
  definition = {
    de = "Verfügbare Plätze in Pflegeheimen je 1.000 Einwohnerinnen und Einwohner ab "
      .. "65 Jahren.",
    en = "Places in nursing homes per 1,000 inhabitants aged 65 and over.",
  },
  field = "HF09", sdg = "3.8",
  unit = { de = "je 1.000 EW ab 65", en = "per 1,000 inhabitants 65+" }, decimals = 1,
  direction = "none",
  needs = { "nursing_home_places", "population_65plus" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return per(d.nursing_home_places, d.population_65plus, 1000)
  end,
}

indicator "verkehrstote" {
  title = {
    de = "Verkehrstote",
    en = "Road traffic deaths",
  },
  definition = {
    de = "Bei Straßenverkehrsunfällen im Gemeindegebiet Getötete je 100.000 "
      .. "Einwohnerinnen und Einwohner. Kleine Zahlen schwanken stark: mehrere Jahre "
      .. "zusammen lesen.",
    en = "People killed in road traffic accidents within the municipality per 100,000 "
      .. "inhabitants. Small counts vary widely: read several years together.",
  },
  field = "HF01", sdg = "3.6.1",
  unit = { de = "je 100.000 EW", en = "per 100,000 inhabitants" }, decimals = 1,
  direction = "down", limit = 0,
  needs = { "road_deaths", "population" },
  tags = {
    umf = "Society × Safe and peaceful",
    u4ssc = "SC:SH:SA:9C",
    iso37120 = "37120 Transportation: transportation fatalities per 100,000 population",
  },
  sdmx = { SERIES = "SH_STA_TRAF", UNIT_MEASURE = "PER_100000_POP" },
  compute = function(d)
    return per(d.road_deaths, d.population, 100000)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 4 Hochwertige Bildung / Quality education

indicator "ohne-hauptschulabschluss" {
  title = {
    de = "Schulabgänger ohne Hauptschulabschluss",
    en = "School leavers without a lower secondary certificate",
  },
  definition = {
    de = "Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen, die die "
      .. "Schule ohne Hauptschulabschluss verlassen, an allen Absolventen und "
      .. "Abgängern des Jahres, in Prozent.",
    en = "Leavers from general schools without a lower secondary certificate "
      .. "(Hauptschulabschluss) as a percentage of all who left school that year.",
  },
  field = "HF08", sdg = "4.1.2",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "school_leavers_no_hsa", "school_leavers" },
  tags = {
    umf = "Society × Inclusive",
    iso37120 = "37120 Education: secondary education completion rate",
  },
  compute = function(d)
    return share(d.school_leavers_no_hsa, d.school_leavers)
  end,
}

indicator "hochschulreife" {
  title = {
    de = "Schulabgänger mit Hochschulreife",
    en = "School leavers with the Abitur",
  },
  definition = {
    de = "Anteil der Absolventinnen und Absolventen mit allgemeiner Hochschulreife an "
      .. "allen Absolventen und Abgängern allgemeinbildender Schulen, in Prozent.",
    en = "Leavers with the general higher education entrance qualification (Abitur) as"
      .. " a percentage of all who left general schools.",
  },
  field = "HF08", sdg = "4.3",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "school_leavers_abitur", "school_leavers" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return share(d.school_leavers_abitur, d.school_leavers)
  end,
}

indicator "betreuungsquote-u3" {
  title = {
    de = "Betreuungsquote unter 3-Jähriger",
    en = "Day care rate of children under 3",
  },
  definition = {
    de = "Anteil der Kinder unter 3 Jahren in Kindertageseinrichtungen oder "
      .. "Kindertagespflege an allen Kindern dieses Alters, in Prozent.",
    en = "Children under 3 in day care centres or with childminders as a percentage of"
      .. " all children of that age.",
  },
  field = "HF08", sdg = "4.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "children_u3_care", "population_0_2" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:SH:SI:5A",
  },
  compute = function(d)
    return share(d.children_u3_care, d.population_0_2)
  end,
}

indicator "betreuungsquote-3-5" {
  title = {
    de = "Betreuungsquote 3- bis 5-Jähriger",
    en = "Day care rate of children aged 3 to 5",
  },
  definition = {
    de = "Anteil der Kinder von 3 bis unter 6 Jahren in Kindertagesbetreuung an allen "
      .. "Kindern dieses Alters, in Prozent: die Teilnahme an frühkindlicher Bildung "
      .. "vor der Schule.",
    en = "Children aged 3 to under 6 in day care as a percentage of all children of "
      .. "that age: participation in early learning before school.",
  },
  field = "HF08", sdg = "4.2.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "children_3_5_care", "population_0_5", "population_0_2" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:SH:SI:5A",
  },
  compute = function(d)
    return share(d.children_3_5_care, d.population_0_5 - d.population_0_2)
  end,
}

indicator "kita-plaetze" {
  title = {
    de = "Kita-Plätze je Kind unter 6",
    en = "Day care places per child under 6",
  },
  definition = {
    de = "Genehmigte Plätze in Kindertageseinrichtungen je 100 Kinder unter 6 Jahren.",
    en = "Approved places in day care centres per 100 children under 6.",
  },
  field = "HF08", sdg = "4.2",
  unit = { de = "Plätze je 100 Kinder", en = "places per 100 children" }, decimals = 1,
  direction = "up",
  needs = { "childcare_places", "population_0_5" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "SC:SH:SI:5A",
  },
  compute = function(d)
    return per(d.childcare_places, d.population_0_5, 100)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 5 Geschlechtergleichheit / Gender equality

indicator "frauenanteil-rat" {
  title = {
    de = "Frauenanteil im Gemeinderat",
    en = "Women in the municipal council",
  },
  definition = {
    de = "Anteil der von Frauen besetzten Sitze an allen Sitzen des Gemeinderats bzw. "
      .. "der Stadtverordnetenversammlung, in Prozent; Werte in Wahljahren oder zum "
      .. "Stichtag.",
    en = "Seats held by women as a percentage of all seats of the municipal council; "
      .. "values in election years or on a reference day.",
  },
  field = "HF07", sdg = "5.5.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "council_seats_women", "council_seats" },
  tags = {
    umf = "Governance and implementation × Inclusive",
    iso37120 = "37120 Governance: women as a percentage of elected officials",
  },
  sdmx = { SERIES = "SG_GEN_LOCG", UNIT_MEASURE = "PT" },
  compute = function(d)
    return share(d.council_seats_women, d.council_seats)
  end,
}

indicator "beschaeftigung-frauen-maenner" {
  title = {
    de = "Verhältnis der Beschäftigungsquoten von Frauen und Männern",
    en = "Ratio of female to male employment rates",
  },
  definition = {
    de = "Sozialversicherungspflichtig beschäftigte Frauen am Wohnort je Einwohnerin, "
      .. "geteilt durch dasselbe Verhältnis der Männer, mal 100. Bei 100 sind Frauen "
      .. "so oft beschäftigt wie Männer.",
    en = "Female employees at place of residence per female inhabitant, divided by the"
      .. " same ratio for men, times 100. At 100 women are as often employed as men.",
  },
  field = "HF07", sdg = "5.1",
  unit = { de = "Index (Gleichstand = 100)", en = "index (parity = 100)" }, decimals = 1,
  direction = "up",
  needs = { "employees_residence_female", "employees_residence", "population_female", "population_male" },
  tags = {
    umf = "Economy × Inclusive",
    u4ssc = "SC:SH:SI:1C",
  },
  compute = function(d)
    local women = d.employees_residence_female / d.population_female
    local men = (d.employees_residence - d.employees_residence_female) / d.population_male
    return 100 * women / men
  end,
}

indicator "frauen-fuehrung-verwaltung" {
  title = {
    de = "Frauen in Führungspositionen der Verwaltung",
    en = "Women in management of the administration",
  },
  definition = {
    de = "Anteil der von Frauen besetzten an allen Führungspositionen der "
      .. "Stadtverwaltung, in Prozent.",
    en = "Management positions in the city administration held by women, as a "
      .. "percentage of all management positions.",
  },
  field = "HF14", sdg = "5.5.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "admin_leaders_women", "admin_leaders" },
  tags = {
    umf = "Governance and implementation × Inclusive",
  },
  compute = function(d)
    return share(d.admin_leaders_women, d.admin_leaders)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 6 Sauberes Wasser und Sanitäreinrichtungen / Clean water and sanitation

indicator "trinkwasserverbrauch" {
  title = {
    de = "Trinkwasserverbrauch der Haushalte",
    en = "Household drinking water use",
  },
  definition = {
    de = "An Haushalte und Kleingewerbe abgegebenes Trinkwasser in Litern je "
      .. "Einwohnerin und Einwohner und Tag.",
    en = "Drinking water supplied to households and small businesses, in litres per "
      .. "inhabitant and day.",
  },
  field = "HF05", sdg = "6.4.1",
  unit = { de = "l/EW/Tag", en = "l/inhabitant/day" }, decimals = 1,
  direction = "down",
  needs = { "water_households_m3", "population" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:WS:2C",
    iso37120 = "37120 Water: total domestic water consumption per capita",
  },
  compute = function(d)
    return 1000 * d.water_households_m3 / d.population / 365   -- m³ -> litres a day
  end,
}

indicator "abwasserbehandlung" {
  title = {
    de = "Anschluss an Kläranlagen",
    en = "Connection to waste water treatment",
  },
  definition = {
    de = "Anteil der Einwohnerinnen und Einwohner, deren Abwasser in einer "
      .. "öffentlichen Kläranlage behandelt wird, in Prozent.",
    en = "Inhabitants whose waste water is treated in a public treatment plant, as a "
      .. "percentage of all.",
  },
  field = "HF05", sdg = "6.3.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "population_wwtp", "population" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:WS:4C",
    iso37120 = "37120 Wastewater: population served by wastewater collection",
  },
  compute = function(d)
    return share(d.population_wwtp, d.population)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 7 Bezahlbare und saubere Energie / Affordable and clean energy

indicator "ee-strom" {
  title = {
    de = "Erneuerbarer Strom im Verhältnis zum Verbrauch",
    en = "Renewable electricity relative to consumption",
  },
  definition = {
    de = "Im Gemeindegebiet aus erneuerbaren Energien erzeugter Strom im Verhältnis "
      .. "zum gesamten Stromverbrauch, in Prozent. Über 100 erzeugt die Gemeinde mehr,"
      .. " als sie verbraucht.",
    en = "Electricity generated from renewable sources within the municipality "
      .. "relative to its total electricity consumption, in percent. Above 100 the "
      .. "municipality generates more than it uses.",
  },
  field = "HF02", sdg = "7.2.1",
  unit = "%", decimals = 1,
  direction = "up",
  needs = { "renewable_electricity_mwh", "electricity_use_mwh" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:E:E:1C",
    iso37120 = "37120 Energy: share of energy from renewable sources",
  },
  compute = function(d)
    return share(d.renewable_electricity_mwh, d.electricity_use_mwh)
  end,
}

indicator "endenergie-je-ew" {
  title = {
    de = "Endenergieverbrauch je Einwohner",
    en = "Final energy use per inhabitant",
  },
  definition = {
    de = "Endenergieverbrauch aller Sektoren im Gemeindegebiet (Bilanz nach BISKO) in "
      .. "Megawattstunden je Einwohnerin und Einwohner.",
    en = "Final energy consumption of all sectors within the municipality (BISKO "
      .. "balance) in megawatt hours per inhabitant.",
  },
  field = "HF02", sdg = "7.3.1",
  unit = { de = "MWh/EW", en = "MWh/inhabitant" }, decimals = 2,
  direction = "down",
  needs = { "energy_use_mwh", "population" },
  tags = {
    umf = "Environment × Sustainable",
    iso37120 = "37120 Energy: total end-use energy consumption per capita",
  },
  compute = function(d)
    return d.energy_use_mwh / d.population
  end,
}

indicator "pv-leistung" {
  title = {
    de = "Photovoltaik-Leistung je Einwohner",
    en = "Photovoltaic capacity per inhabitant",
  },
  definition = {
    de = "Installierte Leistung der Photovoltaikanlagen im Gemeindegebiet in Watt "
      .. "(peak) je Einwohnerin und Einwohner.",
    en = "Installed capacity of photovoltaic plants within the municipality in watts "
      .. "(peak) per inhabitant.",
  },
  field = "HF02", sdg = "7.b.1",
  unit = { de = "Wp/EW", en = "Wp/inhabitant" }, decimals = 0,
  direction = "up",
  needs = { "pv_kwp", "population" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:E:E:1C",
  },
  compute = function(d)
    return 1000 * d.pv_kwp / d.population   -- kWp -> Wp
  end,
}

-- --------------------------------------------------------------------------
-- SDG 8 Menschenwürdige Arbeit und Wirtschaftswachstum / Decent work and economic growth

indicator "arbeitslosenanteil" {
  title = {
    de = "Arbeitslosenanteil",
    en = "Unemployment share",
  },
  definition = {
    de = "Arbeitslose im Jahresdurchschnitt im Verhältnis zur Summe aus ihnen und den "
      .. "sozialversicherungspflichtig Beschäftigten am Wohnort, in Prozent; eine "
      .. "Näherung der amtlichen Arbeitslosenquote aus kommunal verfügbaren Zahlen.",
    en = "Registered unemployed (annual average) relative to the sum of them and the "
      .. "employees at place of residence, in percent; an approximation of the "
      .. "official unemployment rate from figures a municipality has.",
  },
  field = "HF10", sdg = "8.5.2",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "unemployed", "employees_residence" },
  tags = {
    umf = "Economy × Inclusive",
    u4ssc = "EC:P:EM:1C",
    iso37120 = "37120 Economy: unemployment rate",
  },
  compute = function(d)
    return share(d.unemployed, d.unemployed + d.employees_residence)
  end,
}

indicator "langzeitarbeitslose" {
  title = {
    de = "Anteil der Langzeitarbeitslosen",
    en = "Share of long-term unemployed",
  },
  definition = {
    de = "Anteil der seit einem Jahr oder länger Arbeitslosen an allen Arbeitslosen "
      .. "(Jahresdurchschnitte), in Prozent.",
    en = "People unemployed for a year or longer as a percentage of all registered "
      .. "unemployed (annual averages).",
  },
  field = "HF10", sdg = "8.5",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "unemployed_longterm", "unemployed" },
  tags = {
    umf = "Economy × Inclusive",
  },
  compute = function(d)
    return share(d.unemployed_longterm, d.unemployed)
  end,
}

indicator "beschaeftigungsquote" {
  title = {
    de = "Beschäftigungsquote",
    en = "Employment rate",
  },
  definition = {
    de = "Sozialversicherungspflichtig Beschäftigte am Wohnort je 100 Einwohnerinnen "
      .. "und Einwohner von 18 bis 64 Jahren.",
    en = "Employees subject to social insurance at place of residence per 100 "
      .. "inhabitants aged 18 to 64.",
  },
  field = "HF10", sdg = "8.5",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "employees_residence", "population_18_64" },
  tags = {
    umf = "Economy × Inclusive",
  },
  compute = function(d)
    return share(d.employees_residence, d.population_18_64)
  end,
}

indicator "arbeitsplatzdichte" {
  title = {
    de = "Arbeitsplatzdichte",
    en = "Job density",
  },
  definition = {
    de = "Sozialversicherungspflichtig Beschäftigte am Arbeitsort je 100 "
      .. "Einwohnerinnen und Einwohner von 18 bis 64 Jahren: über 100 pendeln mehr "
      .. "Menschen ein als aus.",
    en = "Employees subject to social insurance at place of work per 100 inhabitants "
      .. "aged 18 to 64: above 100 more people commute in than out.",
  },
  field = "HF10", sdg = "8.5",
  unit = { de = "je 100 EW 18-64", en = "per 100 inhabitants 18-64" }, decimals = 1,
  direction = "none",
  needs = { "employees_workplace", "population_18_64" },
  tags = {
    umf = "Economy × Sustainable",
  },
  compute = function(d)
    return per(d.employees_workplace, d.population_18_64, 100)
  end,
}

indicator "einkommen-je-ew" {
  title = {
    de = "Verfügbares Einkommen je Einwohner",
    en = "Disposable income per inhabitant",
  },
  definition = {
    de = "Verfügbares Einkommen der privaten Haushalte in Euro je Einwohnerin und "
      .. "Einwohner (nominal).",
    en = "Disposable income of private households in euros per inhabitant (nominal).",
  },
  field = "HF10", sdg = "8.1.1",
  unit = { de = "EUR/EW", en = "EUR/inhabitant" }, decimals = 0,
  direction = "up",
  needs = { "disposable_income_teur", "population" },
  tags = {
    umf = "Economy × Inclusive",
    iso37120 = "37120 Economy: average household income",
  },
  compute = function(d)
    return 1000 * d.disposable_income_teur / d.population   -- 1,000 EUR -> EUR
  end,
}

indicator "gruendungen" {
  title = {
    de = "Gewerbliche Gründungen",
    en = "Business start-ups",
  },
  definition = {
    de = "Gewerbeanmeldungen von Neuerrichtungen je 10.000 Einwohnerinnen und "
      .. "Einwohner.",
    en = "Registrations of newly established businesses per 10,000 inhabitants.",
  },
  field = "HF10", sdg = "8.3",
  unit = { de = "je 10.000 EW", en = "per 10,000 inhabitants" }, decimals = 1,
  direction = "up",
  needs = { "business_registrations", "population" },
  tags = {
    umf = "Economy × Sustainable",
    u4ssc = "EC:P:IN:3C",
    iso37120 = "37120 Economy: new businesses per 100,000 population",
  },
  compute = function(d)
    return per(d.business_registrations, d.population, 10000)
  end,
}

indicator "uebernachtungen" {
  title = {
    de = "Gästeübernachtungen je Einwohner",
    en = "Overnight stays per inhabitant",
  },
  definition = {
    de = "Übernachtungen von Gästen in Beherbergungsbetrieben im Jahr je Einwohnerin "
      .. "und Einwohner: die Bedeutung des Tourismus.",
    en = "Overnight stays of guests in accommodation establishments in the year per "
      .. "inhabitant: how much tourism weighs.",
  },
  field = "HF10", sdg = "8.9",
  unit = { de = "je EW", en = "per inhabitant" }, decimals = 1,
  direction = "none",
  needs = { "overnight_stays", "population" },
  tags = {
    umf = "Economy × Sustainable",
    u4ssc = "EC:P:EM:3A",
  },
  compute = function(d)
    return d.overnight_stays / d.population
  end,
}

-- --------------------------------------------------------------------------
-- SDG 9 Industrie, Innovation und Infrastruktur / Industry, innovation and infrastructure

indicator "breitband-gigabit" {
  title = {
    de = "Gigabit-Versorgung der Haushalte",
    en = "Gigabit broadband coverage of households",
  },
  definition = {
    de = "Anteil der privaten Haushalte, für die ein Anschluss mit mindestens 1.000 "
      .. "Mbit/s verfügbar ist, in Prozent.",
    en = "Private households for which a connection of at least 1,000 Mbit/s is "
      .. "available, as a percentage of all.",
  },
  field = "HF13", sdg = "9.c",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "broadband_gigabit_households", "households" },
  tags = {
    umf = "Economy × Inclusive",
    u4ssc = "EC:ICT:ICT:2C",
    iso37120 = "37120 Telecommunication: fixed broadband",
  },
  compute = function(d)
    return share(d.broadband_gigabit_households, d.households)
  end,
}

indicator "hochqualifizierte" {
  title = {
    de = "Hochqualifizierte Beschäftigte",
    en = "Highly qualified employees",
  },
  definition = {
    de = "Anteil der sozialversicherungspflichtig Beschäftigten am Arbeitsort mit "
      .. "akademischem Berufsabschluss an allen Beschäftigten am Arbeitsort, in "
      .. "Prozent.",
    en = "Employees at place of work with a university degree as a percentage of all "
      .. "employees at place of work.",
  },
  field = "HF10", sdg = "9.5",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "employees_academic", "employees_workplace" },
  tags = {
    umf = "Economy × Sustainable",
    u4ssc = "SC:EH:ED:3C",
  },
  compute = function(d)
    return share(d.employees_academic, d.employees_workplace)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 10 Weniger Ungleichheiten / Reduced inequalities

indicator "beschaeftigung-auslaender" {
  title = {
    de = "Beschäftigung von Ausländerinnen und Ausländern",
    en = "Employment of foreign nationals",
  },
  definition = {
    de = "Beschäftigte ausländische Einwohner je ausländischem Einwohner im Verhältnis"
      .. " zu den Beschäftigten je Einwohner insgesamt, mal 100. Bei 100 sind "
      .. "Ausländerinnen und Ausländer so oft beschäftigt wie alle.",
    en = "Foreign employees at place of residence per foreign inhabitant relative to "
      .. "employees per inhabitant overall, times 100. At 100 foreign nationals are as"
      .. " often employed as everyone.",
  },
  field = "HF07", sdg = "10.2",
  unit = { de = "Index (Gleichstand = 100)", en = "index (parity = 100)" }, decimals = 1,
  direction = "up",
  needs = { "employees_residence_foreign", "population_foreign", "employees_residence", "population" },
  tags = {
    umf = "Economy × Inclusive",
  },
  compute = function(d)
    return 100 * (d.employees_residence_foreign / d.population_foreign)
      / (d.employees_residence / d.population)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 11 Nachhaltige Städte und Gemeinden / Sustainable cities and communities

indicator "bevoelkerungsdichte" {
  title = {
    de = "Bevölkerungsdichte",
    en = "Population density",
  },
  definition = {
    de = "Einwohnerinnen und Einwohner je Quadratkilometer Gebietsfläche.",
    en = "Inhabitants per square kilometre of total area.",
  },
  field = "HF04", sdg = "11.3",
  unit = { de = "EW/km²", en = "inhabitants/km²" }, decimals = 1,
  direction = "none",
  needs = { "population", "area_km2" },
  tags = {
    umf = "Environment × Sustainable",
    iso37120 = "37120 Urban planning: population density",
  },
  compute = function(d)
    return d.population / d.area_km2
  end,
}

indicator "siedlungsflaeche-anteil" {
  title = {
    de = "Anteil der Siedlungs- und Verkehrsfläche",
    en = "Share of settlement and transport area",
  },
  definition = {
    de = "Anteil der Siedlungs- und Verkehrsfläche an der Gebietsfläche, in Prozent.",
    en = "Settlement and transport area as a percentage of the total area.",
  },
  field = "HF04", sdg = "11.3",
  unit = "%", decimals = 1,
  direction = "down", limit = 100,
  needs = { "settlement_transport_area_km2", "area_km2" },
  tags = {
    umf = "Environment × Sustainable",
  },
  compute = function(d)
    return share(d.settlement_transport_area_km2, d.area_km2)
  end,
}

indicator "siedlungsflaeche-je-ew" {
  title = {
    de = "Siedlungs- und Verkehrsfläche je Einwohner",
    en = "Settlement and transport area per inhabitant",
  },
  definition = {
    de = "Siedlungs- und Verkehrsfläche in Quadratmetern je Einwohnerin und Einwohner:"
      .. " wie sparsam die Stadt mit Boden umgeht.",
    en = "Settlement and transport area in square metres per inhabitant: how sparingly"
      .. " the city uses land.",
  },
  field = "HF04", sdg = "11.3.1",
  unit = { de = "m²/EW", en = "m²/inhabitant" }, decimals = 1,
  direction = "down",
  needs = { "settlement_transport_area_km2", "population" },
  tags = {
    umf = "Environment × Sustainable",
  },
  compute = function(d)
    return 1e6 * d.settlement_transport_area_km2 / d.population   -- km² -> m²
  end,
}

indicator "flaechenverbrauch-wachstum" {
  title = {
    de = "Flächenverbrauch im Verhältnis zum Bevölkerungswachstum",
    en = "Land consumption relative to population growth",
  },
  definition = {
    de = "Jährliche Wachstumsrate der Siedlungs- und Verkehrsfläche über fünf Jahre "
      .. "geteilt durch die der Bevölkerung. Über 1 wächst die Fläche schneller als "
      .. "die Bevölkerung; schrumpft die Bevölkerung, ist der Wert negativ.",
    en = "Annual growth rate of the settlement and transport area over five years "
      .. "divided by that of the population. Above 1 land grows faster than the "
      .. "population; with a shrinking population the value is negative.",
  },
  field = "HF04", sdg = "11.3.1",
  unit = { de = "Verhältnis", en = "ratio" }, decimals = 2,
  direction = "down",
  needs = { "settlement_transport_area_km2", "population" },
  tags = {
    umf = "Environment × Sustainable",
  },
  sdmx = { SERIES = "EN_LND_CNSPOP", UNIT_MEASURE = "RO" },
  compute = function(d)
    return cagr(d.settlement_transport_area_km2, 5) / cagr(d.population, 5)
  end,
}

indicator "oepnv-erreichbarkeit" {
  title = {
    de = "Erreichbarkeit des ÖPNV",
    en = "Access to public transport",
  },
  definition = {
    de = "Anteil der Einwohnerinnen und Einwohner, die höchstens 300 m (Bus, Tram) "
      .. "bzw. 500 m (Bahn) von einer regelmäßig bedienten Haltestelle entfernt "
      .. "wohnen, in Prozent.",
    en = "Inhabitants living within 300 m (bus, tram) or 500 m (rail) of a regularly "
      .. "served stop, as a percentage of all.",
  },
  field = "HF01", sdg = "11.2.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "population_near_pt", "population" },
  tags = {
    umf = "Society × Inclusive",
    u4ssc = "EC:I:T:1C",
    iso37120 = "37120 Transportation: population living within 0.5 km of public transit",
  },
  sdmx = { SERIES = "SP_TRN_PUBL", UNIT_MEASURE = "PT" },
  compute = function(d)
    return share(d.population_near_pt, d.population)
  end,
}

indicator "barrierefreie-haltestellen" {
  title = {
    de = "Barrierefreie Haltestellen",
    en = "Step-free public transport stops",
  },
  definition = {
    de = "Anteil der barrierefrei ausgebauten an allen Haltestellen des ÖPNV, in "
      .. "Prozent.",
    en = "Step-free public transport stops as a percentage of all stops.",
  },
  field = "HF01", sdg = "11.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "pt_stops_accessible", "pt_stops" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return share(d.pt_stops_accessible, d.pt_stops)
  end,
}

indicator "pkw-dichte" {
  title = {
    de = "Pkw-Dichte",
    en = "Car density",
  },
  definition = {
    de = "Pkw-Bestand am 1. Januar je 1.000 Einwohnerinnen und Einwohner am 31. "
      .. "Dezember des Vorjahres (derselbe Stichtag, wie im Regionalatlas).",
    en = "Passenger cars registered on 1 January per 1,000 inhabitants on 31 December "
      .. "of the year before (the same day, as in the Regionalatlas).",
  },
  field = "HF01", sdg = "11.2",
  unit = { de = "Pkw/1.000 EW", en = "cars/1,000 inhabitants" }, decimals = 1,
  direction = "down",
  needs = { "cars", "population" },
  tags = {
    umf = "Environment × Sustainable",
  },
  compute = function(d)
    return per(d.cars, lag(d.population, 1), 1000)
  end,
}

indicator "e-pkw-anteil" {
  title = {
    de = "Anteil der Elektro-Pkw",
    en = "Share of battery electric cars",
  },
  definition = {
    de = "Anteil der Pkw mit reinem Elektroantrieb am Pkw-Bestand am 1. Januar, in "
      .. "Prozent.",
    en = "Battery electric cars as a percentage of all passenger cars registered on 1 "
      .. "January.",
  },
  field = "HF01", sdg = "11.6",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "cars_electric", "cars" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EC:I:T:8A",
  },
  compute = function(d)
    return share(d.cars_electric, d.cars)
  end,
}

indicator "radverkehrsnetz" {
  title = {
    de = "Radverkehrsnetz",
    en = "Cycle network",
  },
  definition = {
    de = "Länge der Radverkehrsanlagen (Radwege, Radfahrstreifen, Fahrradstraßen) in "
      .. "Kilometern je 100.000 Einwohnerinnen und Einwohner.",
    en = "Length of cycle infrastructure (paths, lanes, cycle streets) in kilometres "
      .. "per 100,000 inhabitants.",
  },
  field = "HF01", sdg = "11.2",
  unit = { de = "km je 100.000 EW", en = "km per 100,000 inhabitants" }, decimals = 1,
  direction = "up",
  needs = { "cycle_paths_km", "population" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EC:I:T:3C",
    iso37120 = "37120 Transportation: kilometres of bicycle paths per 100,000 population",
  },
  compute = function(d)
    return per(d.cycle_paths_km, d.population, 100000)
  end,
}

indicator "gruenflaeche-je-ew" {
  title = {
    de = "Öffentliche Grünfläche je Einwohner",
    en = "Public green space per inhabitant",
  },
  definition = {
    de = "Öffentliche Grünflächen (Parks, Grünanlagen) in Quadratmetern je Einwohnerin"
      .. " und Einwohner.",
    en = "Public green space (parks, public gardens) in square metres per inhabitant.",
  },
  field = "HF03", sdg = "11.7.1",
  unit = { de = "m²/EW", en = "m²/inhabitant" }, decimals = 1,
  direction = "up",
  needs = { "green_space_ha", "population" },
  tags = {
    umf = "Environment × Inclusive",
    u4ssc = "EN:EN:PSN:1C",
    iso37120 = "37120 Recreation / urban planning: green area per 100,000 population",
  },
  compute = function(d)
    return 10000 * d.green_space_ha / d.population   -- ha -> m²
  end,
}

indicator "sozialwohnungen" {
  title = {
    de = "Anteil der Sozialwohnungen",
    en = "Share of social housing",
  },
  definition = {
    de = "Anteil der mietpreis- und belegungsgebundenen Wohnungen am Wohnungsbestand, "
      .. "in Prozent.",
    en = "Rent-controlled social housing as a percentage of all dwellings.",
  },
  field = "HF04", sdg = "11.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "social_housing", "dwellings" },
  tags = {
    umf = "Society × Inclusive",
  },
  compute = function(d)
    return share(d.social_housing, d.dwellings)
  end,
}

indicator "angebotsmiete" {
  title = {
    de = "Angebotsmiete",
    en = "Asking rent",
  },
  definition = {
    de = "Mittlere Angebotsmiete (nettokalt) neu inserierter Wohnungen in Euro je "
      .. "Quadratmeter: wie erschwinglich Wohnen ist.",
    en = "Average asking rent (net, excluding heating) of newly listed dwellings in "
      .. "euros per square metre: how affordable housing is.",
  },
  field = "HF04", sdg = "11.1",
  unit = "EUR/m²", decimals = 2,
  direction = "down",
  needs = { "rent_eur_m2" },
  tags = {
    umf = "Economy × Inclusive",
    u4ssc = "SC:SH:H:2A",
  },
  compute = function(d)
    return d.rent_eur_m2
  end,
}

indicator "feinstaub-pm25" {
  title = {
    de = "Feinstaubbelastung PM2,5",
    en = "Fine particulate matter PM2.5",
  },
  definition = {
    de = "Jahresmittel der Konzentration von Feinstaub PM2,5 in Mikrogramm je "
      .. "Kubikmeter; für mehrere Teilräume mit der Bevölkerung gewichtet.",
    en = "Annual mean concentration of fine particulate matter PM2.5 in micrograms per"
      .. " cubic metre; over several districts weighted by population.",
  },
  field = "HF03", sdg = "11.6.2",
  unit = "µg/m³", decimals = 1,
  direction = "down", limit = 0,
  needs = { "pm25_ugm3" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:AQ:1C",
    iso37120 = "37120 Environment and climate change: fine particulate matter (PM2.5) concentration",
  },
  sdmx = { SERIES = "EN_ATM_PM25", UNIT_MEASURE = "GPERM3" },
  compute = function(d)
    return d.pm25_ugm3
  end,
}

indicator "stickstoffdioxid" {
  title = {
    de = "Stickstoffdioxidbelastung",
    en = "Nitrogen dioxide",
  },
  definition = {
    de = "Jahresmittel der Konzentration von Stickstoffdioxid (NO₂) in Mikrogramm je "
      .. "Kubikmeter.",
    en = "Annual mean concentration of nitrogen dioxide (NO₂) in micrograms per cubic "
      .. "metre.",
  },
  field = "HF03", sdg = "11.6.2",
  unit = "µg/m³", decimals = 1,
  direction = "down", limit = 0,
  needs = { "no2_ugm3" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:AQ:1C",
    iso37120 = "37120 Environment and climate change: NO2 concentration",
  },
  compute = function(d)
    return d.no2_ugm3
  end,
}

indicator "laermbelastung" {
  title = {
    de = "Lärmbelastung",
    en = "Exposure to road noise",
  },
  definition = {
    de = "Anteil der Einwohnerinnen und Einwohner, die nach der Lärmkartierung "
      .. "ganztags (Lden) Straßenlärm über 65 dB(A) ausgesetzt sind, in Prozent.",
    en = "Inhabitants exposed to road noise above 65 dB(A) day-evening-night (Lden) "
      .. "according to the noise map, as a percentage of all.",
  },
  field = "HF03", sdg = "11.6",
  unit = "%", decimals = 1,
  direction = "down", limit = 0,
  needs = { "noise_exposed", "population" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:EQ:2C",
    iso37120 = "37120 Environment and climate change: noise pollution",
  },
  compute = function(d)
    return share(d.noise_exposed, d.population)
  end,
}

indicator "abfall-je-ew" {
  title = {
    de = "Haushaltsabfälle je Einwohner",
    en = "Household waste per inhabitant",
  },
  definition = {
    de = "Aufkommen an Haushaltsabfällen (Haus- und Sperrmüll, Bioabfälle, Wertstoffe)"
      .. " in Kilogramm je Einwohnerin und Einwohner am 31.12.",
    en = "Household waste (residual and bulky waste, organic waste, recyclables) in "
      .. "kilograms per inhabitant on 31 December.",
  },
  field = "HF05", sdg = "11.6.1",
  unit = { de = "kg/EW", en = "kg/inhabitant" }, decimals = 1,
  direction = "down",
  needs = { "household_waste_t", "population" },
  tags = {
    umf = "Environment × Sustainable",
    iso37120 = "37120 Solid waste: total collected municipal solid waste per capita",
  },
  compute = function(d)
    return 1000 * d.household_waste_t / d.population   -- t -> kg
  end,
}

-- --------------------------------------------------------------------------
-- SDG 12 Nachhaltige/r Konsum und Produktion / Responsible consumption and production

indicator "getrennte-sammlung" {
  title = {
    de = "Getrennt gesammelte Abfälle",
    en = "Separately collected waste",
  },
  definition = {
    de = "Anteil der getrennt erfassten organischen Abfälle und Wertstoffe an allen "
      .. "Haushaltsabfällen, in Prozent: die Grundlage für Verwertung und Recycling.",
    en = "Separately collected organic waste and recyclables as a percentage of all "
      .. "household waste: the basis for recovery and recycling.",
  },
  field = "HF05", sdg = "12.5.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "organic_waste_t", "recyclables_t", "household_waste_t" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:W:1C",
    iso37120 = "37120 Solid waste: percentage of solid waste recycled",
  },
  compute = function(d)
    return share(d.organic_waste_t + d.recyclables_t, d.household_waste_t)
  end,
}

indicator "restmuell-je-ew" {
  title = {
    de = "Haus- und Sperrmüll je Einwohner",
    en = "Residual and bulky waste per inhabitant",
  },
  definition = {
    de = "Haus- und Sperrmüll (ohne getrennt gesammelte Abfälle) in Kilogramm je "
      .. "Einwohnerin und Einwohner.",
    en = "Residual and bulky household waste (without separately collected waste) in "
      .. "kilograms per inhabitant.",
  },
  field = "HF05", sdg = "12.5",
  unit = { de = "kg/EW", en = "kg/inhabitant" }, decimals = 1,
  direction = "down", limit = 0,
  needs = { "residual_waste_t", "population" },
  tags = {
    umf = "Environment × Sustainable",
  },
  compute = function(d)
    return 1000 * d.residual_waste_t / d.population   -- t -> kg
  end,
}

-- --------------------------------------------------------------------------
-- SDG 13 Maßnahmen zum Klimaschutz / Climate action

indicator "co2-je-ew" {
  title = {
    de = "CO₂-Emissionen je Einwohner",
    en = "CO₂ emissions per inhabitant",
  },
  definition = {
    de = "Energiebedingte Treibhausgasemissionen im Gemeindegebiet (Bilanz nach BISKO)"
      .. " in Tonnen CO₂-Äquivalent je Einwohnerin und Einwohner.",
    en = "Energy-related greenhouse gas emissions within the municipality (BISKO "
      .. "balance) in tonnes of CO₂ equivalent per inhabitant.",
  },
  field = "HF03", sdg = "13.2.2",
  unit = { de = "t CO₂/EW", en = "t CO₂/inhabitant" }, decimals = 2,
  direction = "down", limit = 0,
  needs = { "co2_t", "population" },
  tags = {
    umf = "Environment × Resilient",
    u4ssc = "EN:EN:AQ:2C",
    iso37120 = "37120 Environment and climate change: greenhouse gas emissions per capita",
  },
  compute = function(d)
    return d.co2_t / d.population
  end,
}

indicator "co2-veraenderung" {
  title = {
    de = "Veränderung der CO₂-Emissionen in fünf Jahren",
    en = "Change in CO₂ emissions over five years",
  },
  definition = {
    de = "Veränderung der gesamten CO₂-Emissionen im Gemeindegebiet gegenüber dem Wert"
      .. " fünf Jahre zuvor, in Prozent.",
    en = "Change of total CO₂ emissions within the municipality against the value five"
      .. " years before, in percent.",
  },
  field = "HF03", sdg = "13.2",
  unit = "%", decimals = 1,
  direction = "down",
  needs = { "co2_t" },
  tags = {
    umf = "Environment × Resilient",
    u4ssc = "EN:EN:AQ:2C",
  },
  compute = function(d)
    return pct_change(d.co2_t, 5)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 14 Leben unter Wasser / Life below water

indicator "naehrstoffelimination" {
  title = {
    de = "Abwasserbehandlung mit Nährstoffelimination",
    en = "Waste water treated with nutrient removal",
  },
  definition = {
    de = "Anteil des Abwassers, das in Kläranlagen mit gezielter Stickstoff- und "
      .. "Phosphorelimination behandelt wird, an der gesamten behandelten "
      .. "Abwassermenge, in Prozent: weniger Nährstoffe für Flüsse und Meere.",
    en = "Waste water treated in plants with targeted nitrogen and phosphorus removal "
      .. "as a percentage of all treated waste water: fewer nutrients reaching rivers "
      .. "and the sea.",
  },
  field = "HF05", sdg = "14.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "wastewater_nutrient_removal_m3", "wastewater_m3" },
  tags = {
    umf = "Environment × Sustainable",
    u4ssc = "EN:EN:WS:4C",
  },
  compute = function(d)
    return share(d.wastewater_nutrient_removal_m3, d.wastewater_m3)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 15 Leben an Land / Life on land

indicator "waldanteil" {
  title = {
    de = "Waldanteil",
    en = "Forest cover",
  },
  definition = {
    de = "Anteil der Waldfläche an der Gebietsfläche, in Prozent.",
    en = "Forest area as a percentage of the total area.",
  },
  field = "HF03", sdg = "15.1.1",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "forest_area_km2", "area_km2" },
  tags = {
    umf = "Environment × Resilient",
  },
  sdmx = { SERIES = "AG_LND_FRST", UNIT_MEASURE = "PT" },
  compute = function(d)
    return share(d.forest_area_km2, d.area_km2)
  end,
}

indicator "schutzgebiete" {
  title = {
    de = "Natur- und Landschaftsschutzgebiete",
    en = "Nature and landscape protection areas",
  },
  definition = {
    de = "Anteil der Natur- und Landschaftsschutzgebiete an der Gebietsfläche, in "
      .. "Prozent (Überlagerungen einmal gezählt).",
    en = "Nature and landscape protection areas as a percentage of the total area "
      .. "(overlaps counted once).",
  },
  field = "HF03", sdg = "15.1.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "protected_area_km2", "area_km2" },
  tags = {
    umf = "Environment × Resilient",
    u4ssc = "EN:EN:PSN:3A",
    iso37120 = "37120 Environment and climate change: protected natural areas",
  },
  compute = function(d)
    return share(d.protected_area_km2, d.area_km2)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 16 Frieden, Gerechtigkeit und starke Institutionen / Peace, justice and strong institutions

indicator "straftaten" {
  title = {
    de = "Straftaten",
    en = "Recorded crime",
  },
  definition = {
    de = "Von der Polizei erfasste Straftaten je 100.000 Einwohnerinnen und Einwohner "
      .. "(Häufigkeitszahl der Polizeilichen Kriminalstatistik).",
    en = "Crimes recorded by the police per 100,000 inhabitants (the crime rate of the"
      .. " police crime statistics).",
  },
  field = "HF11", sdg = "16.1",
  unit = { de = "je 100.000 EW", en = "per 100,000 inhabitants" }, decimals = 0,
  direction = "down", limit = 0,
  needs = { "crimes", "population" },
  tags = {
    umf = "Society × Safe and peaceful",
    iso37120 = "37120 Safety (theme)",
  },
  compute = function(d)
    return per(d.crimes, d.population, 100000)
  end,
}

indicator "gewaltkriminalitaet" {
  title = {
    de = "Gewaltkriminalität",
    en = "Violent crime",
  },
  definition = {
    de = "Erfasste Gewaltdelikte je 100.000 Einwohnerinnen und Einwohner.",
    en = "Recorded violent crimes per 100,000 inhabitants.",
  },
  field = "HF11", sdg = "16.1.3",
  unit = { de = "je 100.000 EW", en = "per 100,000 inhabitants" }, decimals = 1,
  direction = "down", limit = 0,
  needs = { "violent_crimes", "population" },
  tags = {
    umf = "Society × Safe and peaceful",
    u4ssc = "SC:SH:SA:8C",
    iso37120 = "37120 Safety: violent crime rate per 100,000 population",
  },
  compute = function(d)
    return per(d.violent_crimes, d.population, 100000)
  end,
}

indicator "wahlbeteiligung" {
  title = {
    de = "Wahlbeteiligung bei der Kommunalwahl",
    en = "Turnout at the local election",
  },
  definition = {
    de = "Anteil der Wählerinnen und Wähler an den Wahlberechtigten der letzten "
      .. "Kommunalwahl, in Prozent; Werte nur in Wahljahren.",
    en = "Persons who voted as a percentage of those entitled to vote at the local "
      .. "election; values in election years only.",
  },
  field = "HF07", sdg = "16.7.2",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "voters", "eligible_voters" },
  tags = {
    umf = "Governance and implementation × Inclusive",
    u4ssc = "SC:SH:SI:4C",
    iso37120 = "37120 Governance: voter participation in the last municipal election",
  },
  compute = function(d)
    return share(d.voters, d.eligible_voters)
  end,
}

indicator "online-antraege" {
  title = {
    de = "Online gestellte Anträge",
    en = "Applications made online",
  },
  definition = {
    de = "Anteil der online gestellten an allen Anträgen bei ausgewählten "
      .. "Verwaltungsleistungen, in Prozent.",
    en = "Applications submitted online as a percentage of all applications for "
      .. "selected administrative services.",
  },
  field = "HF06", sdg = "16.6",
  unit = "%", decimals = 1,
  direction = "up", limit = 100,
  needs = { "applications_online", "applications_total" },
  tags = {
    umf = "Governance and implementation × Inclusive",
    u4ssc = "EC:ICT:PS:2C",
  },
  compute = function(d)
    return share(d.applications_online, d.applications_total)
  end,
}

-- --------------------------------------------------------------------------
-- SDG 17 Partnerschaften zur Erreichung der Ziele / Partnerships for the goals

indicator "steuereinnahmen" {
  title = {
    de = "Steuereinnahmen je Einwohner",
    en = "Tax revenue per inhabitant",
  },
  definition = {
    de = "Steuereinnahmen der Gemeinde (Grund- und Gewerbesteuer netto, "
      .. "Gemeindeanteile an Einkommen- und Umsatzsteuer) in Euro je Einwohnerin und "
      .. "Einwohner.",
    en = "Municipal tax revenue (property and net trade tax, shares of income and "
      .. "turnover tax) in euros per inhabitant.",
  },
  field = "HF14", sdg = "17.1.2",
  unit = { de = "EUR/EW", en = "EUR/inhabitant" }, decimals = 0,
  direction = "up",
  needs = { "tax_revenue_eur", "population" },
  tags = {
    umf = "Governance and implementation × Sustainable",
    iso37120 = "37120 Finance (theme; closest: own-source revenue)",
  },
  compute = function(d)
    return d.tax_revenue_eur / d.population
  end,
}

indicator "verschuldung" {
  title = {
    de = "Verschuldung je Einwohner",
    en = "Debt per inhabitant",
  },
  definition = {
    de = "Schulden des Kernhaushalts und der Extrahaushalte beim nicht-öffentlichen "
      .. "Bereich in Euro je Einwohnerin und Einwohner.",
    en = "Debt of the core budget and off-budget entities to the non-public sector in "
      .. "euros per inhabitant.",
  },
  field = "HF14", sdg = "17.4",
  unit = { de = "EUR/EW", en = "EUR/inhabitant" }, decimals = 0,
  direction = "down", limit = 0,
  needs = { "debt_eur", "population" },
  tags = {
    umf = "Governance and implementation × Resilient",
    iso37120 = "37120 Finance (theme; closest: debt service ratio)",
  },
  compute = function(d)
    return d.debt_eur / d.population
  end,
}

indicator "entwicklungspolitik" {
  title = {
    de = "Ausgaben für kommunale Entwicklungspolitik",
    en = "Spending on municipal development cooperation",
  },
  definition = {
    de = "Ausgaben der Gemeinde für Entwicklungszusammenarbeit und Partnerschaften mit"
      .. " dem Globalen Süden in Euro je Einwohnerin und Einwohner.",
    en = "The municipality's spending on development cooperation and partnerships with"
      .. " the Global South in euros per inhabitant.",
  },
  field = "HF14", sdg = "17.2",
  unit = { de = "EUR/EW", en = "EUR/inhabitant" }, decimals = 2,
  direction = "up",
  needs = { "development_eur", "population" },
  tags = {
    umf = "Governance and implementation × Sustainable",
  },
  compute = function(d)
    return d.development_eur / d.population
  end,
}
