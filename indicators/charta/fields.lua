-- charta.fields: the default Handlungsfelder (action fields), loaded by
--   use "charta.fields"
--
-- The fourteen fields follow the action fields that German smart city
-- strategies use: the Smart City Charta (BBSR/BMI, 2017) and the
-- Modellprojekte Smart Cities (MPSC, 2019-) of the federal government,
-- whose monitoring groups projects and indicators by these fields.
-- Each field lists the SDG targets (UN 2030 Agenda, "goal.target") it
-- serves most directly; an indicator's own `sdg` gives the UN indicator
-- code, and `guideline` the guideline (Leitlinie) of the Smart City
-- Charta the field serves. The charter's four guidelines say what the
-- digital transformation of a city needs: (1) goals, strategies and
-- structures, (2) transparency, participation and co-creation,
-- (3) infrastructure, data and services, (4) resources, skills and
-- cooperation. A city may redefine, rename or drop fields in its own files.

field "HF01" {
  title = { de = "Mobilität & Verkehr", en = "Mobility & transport" },
  description = {
    de = "Öffentlicher Verkehr, Rad- und Fußverkehr, motorisierter Verkehr, Verkehrssicherheit.",
    en = "Public transport, cycling and walking, motorised traffic, road safety.",
  },
  sdgs = { "3.6", "9.1", "11.2", "11.6" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Verkehrsangebote und ihre Daten sind gemeinsame "
      .. "Infrastruktur, die klimafreundliche und barrierefreie Wege für alle "
      .. "erleichtert.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): "
      .. "transport services and their data are shared infrastructure that makes "
      .. "climate-friendly, step-free journeys easier for everyone.",
  },
}

field "HF02" {
  title = { de = "Energie", en = "Energy" },
  description = {
    de = "Energieverbrauch, erneuerbare Erzeugung, Effizienz, Wärme und Strom.",
    en = "Energy use, renewable generation, efficiency, heat and power.",
  },
  sdgs = { "7.1", "7.2", "7.3", "13.2" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Netze, Erzeugung und Messdaten werden so verbunden, dass "
      .. "die Stadt weniger Energie und mehr erneuerbare verbraucht.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): grids, "
      .. "generation and metering data are linked so that the city uses less energy, "
      .. "and more of it renewable.",
  },
}

field "HF03" {
  title = { de = "Umwelt, Klima & Klimaanpassung", en = "Environment, climate & climate adaptation" },
  description = {
    de = "Treibhausgase, Luftqualität, Grün- und Freiflächen, Anpassung an Hitze und Starkregen.",
    en = "Greenhouse gases, air quality, green and open space, adaptation to heat and heavy rain.",
  },
  sdgs = { "11.6", "11.7", "11.b", "13.1", "13.2", "15.1" },
  guideline = {
    de = "Leitlinie 1 der Smart City Charta (Ziele, Strategien und Strukturen): "
      .. "Digitale Werkzeuge dienen den Klima- und Umweltzielen der Stadt und werden "
      .. "an ihnen gemessen, nicht umgekehrt.",
    en = "Smart City Charter, guideline 1 (goals, strategies and structures): digital "
      .. "tools serve the city's climate and environmental goals and are measured by "
      .. "them, not the other way round.",
  },
}

field "HF04" {
  title = { de = "Stadtentwicklung, Bauen & Wohnen", en = "Urban development, construction & housing" },
  description = {
    de = "Siedlungsentwicklung, Flächennutzung, Wohnraumversorgung und Bezahlbarkeit.",
    en = "Settlement development, land use, housing supply and affordability.",
  },
  sdgs = { "11.1", "11.3", "11.7", "11.a" },
  guideline = {
    de = "Leitlinie 1 der Smart City Charta (Ziele, Strategien und Strukturen): Die "
      .. "Digitalisierung wird Teil der integrierten Stadtentwicklung: kompakt, "
      .. "gemischt, mit bezahlbarem Wohnraum.",
    en = "Smart City Charter, guideline 1 (goals, strategies and structures): "
      .. "digitalisation becomes part of integrated urban development: compact, mixed,"
      .. " with affordable housing.",
  },
}

field "HF05" {
  title = { de = "Ver- & Entsorgung", en = "Utilities & waste management" },
  description = {
    de = "Wasserversorgung, Abwasser, Abfall und Kreislaufwirtschaft.",
    en = "Water supply, waste water, waste and circular economy.",
  },
  sdgs = { "6.1", "6.3", "6.4", "11.6", "12.5" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Ver- und Entsorgung bleiben öffentliche Daseinsvorsorge; "
      .. "Sensorik und Daten machen sie sparsamer und verlässlicher.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): "
      .. "utilities stay public services of general interest; sensors and data make "
      .. "them more frugal and more reliable.",
  },
}

field "HF06" {
  title = { de = "Verwaltung & digitale Services", en = "Administration & digital services" },
  description = {
    de = "Digitale Verwaltungsleistungen, Bürgerservice, Transparenz.",
    en = "Digital public services, citizen services, transparency.",
  },
  sdgs = { "16.6", "16.9", "16.10" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Verwaltungsleistungen werden digital, einfach und für "
      .. "alle zugänglich angeboten, ohne den analogen Weg zu schließen.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): "
      .. "administrative services are offered digitally, simply and accessibly for "
      .. "all, without closing the non-digital way.",
  },
}

field "HF07" {
  title = { de = "Partizipation, Teilhabe & Zusammenleben", en = "Participation, inclusion & community" },
  description = {
    de = "Beteiligung an Wahlen und Planung, soziale Teilhabe, Gleichstellung, Integration.",
    en = "Taking part in elections and planning, social inclusion, equality, integration.",
  },
  sdgs = { "5.5", "10.2", "11.3", "16.7" },
  guideline = {
    de = "Leitlinie 2 der Smart City Charta (Transparenz, Teilhabe und Mitgestaltung):"
      .. " Die Stadtgesellschaft wird informiert, beteiligt und gestaltet mit; niemand"
      .. " wird von der digitalen Teilhabe ausgeschlossen.",
    en = "Smart City Charter, guideline 2 (transparency, participation and co-"
      .. "creation): citizens are informed, involved and help shape decisions; nobody "
      .. "is left out of digital participation.",
  },
}

field "HF08" {
  title = { de = "Bildung", en = "Education" },
  description = {
    de = "Frühkindliche Bildung, Schulen, berufliche und digitale Kompetenzen.",
    en = "Early childhood education, schools, vocational and digital skills.",
  },
  sdgs = { "4.1", "4.2", "4.4", "4.a" },
  guideline = {
    de = "Leitlinie 4 der Smart City Charta (Ressourcen, Kompetenzen und "
      .. "Kooperationen): Bildung vermittelt die Kompetenzen, die ein selbstbestimmtes"
      .. " Leben in der digitalen Stadt braucht.",
    en = "Smart City Charter, guideline 4 (resources, skills and cooperation): "
      .. "education builds the skills that a self-determined life in the digital city "
      .. "needs.",
  },
}

field "HF09" {
  title = { de = "Gesundheit & Pflege", en = "Health & care" },
  description = {
    de = "Ärztliche Versorgung, Pflege, Gesundheitsförderung, umweltbedingte Gesundheitsrisiken.",
    en = "Medical care, long-term care, health promotion, environmental health risks.",
  },
  sdgs = { "3.4", "3.8", "3.9", "3.c" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Gesundheits- und Pflegeangebote werden durch digitale "
      .. "Dienste erreichbarer, bei sorgsamem Umgang mit sensiblen Daten.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): health "
      .. "and care services become easier to reach through digital services, with "
      .. "careful handling of sensitive data.",
  },
}

field "HF10" {
  title = { de = "Wirtschaft, Arbeit, Handel & Tourismus", en = "Economy, labour, retail & tourism" },
  description = {
    de = "Beschäftigung, Arbeitsmarkt, Innenstadt und Handel, Gründungen, Tourismus.",
    en = "Employment, labour market, city centre and retail, start-ups, tourism.",
  },
  sdgs = { "8.2", "8.3", "8.5", "8.9", "9.2" },
  guideline = {
    de = "Leitlinie 4 der Smart City Charta (Ressourcen, Kompetenzen und "
      .. "Kooperationen): Stadt, Wirtschaft und Wissenschaft arbeiten zusammen, damit "
      .. "gute Arbeit und Wertschöpfung vor Ort bleiben.",
    en = "Smart City Charter, guideline 4 (resources, skills and cooperation): the "
      .. "city, businesses and research work together so that good jobs and value "
      .. "creation stay local.",
  },
}

field "HF11" {
  title = { de = "Sicherheit, Rettung & Katastrophenschutz", en = "Safety, rescue & civil protection" },
  description = {
    de = "Kriminalität, Rettungsdienst, Brand- und Katastrophenschutz, Resilienz.",
    en = "Crime, emergency medical services, fire and disaster protection, resilience.",
  },
  sdgs = { "1.5", "11.5", "13.1", "16.1" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Kritische Infrastrukturen und ihre Daten werden robust "
      .. "und ausfallsicher geplant, damit die Stadt Krisen übersteht.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): "
      .. "critical infrastructure and its data are planned to be robust and fail-safe,"
      .. " so that the city withstands crises.",
  },
}

field "HF12" {
  title = { de = "Kultur & Freizeit", en = "Culture & leisure" },
  description = {
    de = "Kulturelle Einrichtungen, Kulturerbe, Sport und Naherholung.",
    en = "Cultural institutions, cultural heritage, sport and recreation.",
  },
  sdgs = { "4.7", "11.4", "11.7" },
  guideline = {
    de = "Leitlinie 2 der Smart City Charta (Transparenz, Teilhabe und Mitgestaltung):"
      .. " Kultur- und Freizeitangebote öffnen Räume für Begegnung und Mitgestaltung, "
      .. "digital wie vor Ort.",
    en = "Smart City Charter, guideline 2 (transparency, participation and co-"
      .. "creation): culture and leisure open spaces for meeting and taking part, "
      .. "online as well as in person.",
  },
}

field "HF13" {
  title = { de = "Daten & digitale Infrastruktur", en = "Data & digital infrastructure" },
  description = {
    de = "Breitband und Mobilfunk, offene Daten, urbane Datenplattformen, Sensorik.",
    en = "Broadband and mobile networks, open data, urban data platforms, sensors.",
  },
  sdgs = { "9.c", "16.10", "17.6", "17.8", "17.18" },
  guideline = {
    de = "Leitlinie 3 der Smart City Charta (Infrastrukturen, Daten und "
      .. "Dienstleistungen): Die Stadt behält die Hoheit über ihre Daten und Netze, "
      .. "setzt auf offene Standards und stellt Daten offen bereit.",
    en = "Smart City Charter, guideline 3 (infrastructure, data and services): the "
      .. "city keeps control of its data and networks, relies on open standards and "
      .. "publishes data openly.",
  },
}

field "HF14" {
  title = { de = "Governance, Strategie & Kompetenzen", en = "Governance, strategy & skills" },
  description = {
    de = "Strategie und Steuerung, Zusammenarbeit, Kompetenzaufbau in der Verwaltung.",
    en = "Strategy and steering, cooperation, building skills in the administration.",
  },
  sdgs = { "11.a", "16.6", "16.7", "17.14", "17.17" },
  guideline = {
    de = "Leitlinie 1 der Smart City Charta (Ziele, Strategien und Strukturen): Eine "
      .. "Strategie mit überprüfbaren Zielen, klaren Zuständigkeiten und laufender "
      .. "Wirkungskontrolle steuert die Digitalisierung.",
    en = "Smart City Charter, guideline 1 (goals, strategies and structures): a "
      .. "strategy with verifiable goals, clear responsibilities and continuous "
      .. "monitoring of results steers digitalisation.",
  },
}
