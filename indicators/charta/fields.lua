-- charta.fields: the default Handlungsfelder (action fields), loaded by
--   use "charta.fields"
--
-- The fourteen fields follow the action fields that German smart city
-- strategies use: the Smart City Charta (BBSR/BMI, 2017) and the
-- Modellprojekte Smart Cities (MPSC, 2019-) of the federal government,
-- whose monitoring groups projects and indicators by these fields.
-- Each field lists the SDG targets (UN 2030 Agenda, "goal.target") it
-- serves most directly; an indicator's own `sdg` gives the UN indicator
-- code. A city may redefine, rename or drop fields in its own files.

field "HF01" {
  title = { de = "Mobilität & Verkehr", en = "Mobility & transport" },
  description = {
    de = "Öffentlicher Verkehr, Rad- und Fußverkehr, motorisierter Verkehr, Verkehrssicherheit.",
    en = "Public transport, cycling and walking, motorised traffic, road safety.",
  },
  sdgs = { "3.6", "9.1", "11.2", "11.6" },
}

field "HF02" {
  title = { de = "Energie", en = "Energy" },
  description = {
    de = "Energieverbrauch, erneuerbare Erzeugung, Effizienz, Wärme und Strom.",
    en = "Energy use, renewable generation, efficiency, heat and power.",
  },
  sdgs = { "7.1", "7.2", "7.3", "13.2" },
}

field "HF03" {
  title = { de = "Umwelt, Klima & Klimaanpassung", en = "Environment, climate & climate adaptation" },
  description = {
    de = "Treibhausgase, Luftqualität, Grün- und Freiflächen, Anpassung an Hitze und Starkregen.",
    en = "Greenhouse gases, air quality, green and open space, adaptation to heat and heavy rain.",
  },
  sdgs = { "11.6", "11.7", "11.b", "13.1", "13.2", "15.1" },
}

field "HF04" {
  title = { de = "Stadtentwicklung, Bauen & Wohnen", en = "Urban development, construction & housing" },
  description = {
    de = "Siedlungsentwicklung, Flächennutzung, Wohnraumversorgung und Bezahlbarkeit.",
    en = "Settlement development, land use, housing supply and affordability.",
  },
  sdgs = { "11.1", "11.3", "11.7", "11.a" },
}

field "HF05" {
  title = { de = "Ver- & Entsorgung", en = "Utilities & waste management" },
  description = {
    de = "Wasserversorgung, Abwasser, Abfall und Kreislaufwirtschaft.",
    en = "Water supply, waste water, waste and circular economy.",
  },
  sdgs = { "6.1", "6.3", "6.4", "11.6", "12.5" },
}

field "HF06" {
  title = { de = "Verwaltung & digitale Services", en = "Administration & digital services" },
  description = {
    de = "Digitale Verwaltungsleistungen, Bürgerservice, Transparenz.",
    en = "Digital public services, citizen services, transparency.",
  },
  sdgs = { "16.6", "16.9", "16.10" },
}

field "HF07" {
  title = { de = "Partizipation, Teilhabe & Zusammenleben", en = "Participation, inclusion & community" },
  description = {
    de = "Beteiligung an Wahlen und Planung, soziale Teilhabe, Gleichstellung, Integration.",
    en = "Taking part in elections and planning, social inclusion, equality, integration.",
  },
  sdgs = { "5.5", "10.2", "11.3", "16.7" },
}

field "HF08" {
  title = { de = "Bildung", en = "Education" },
  description = {
    de = "Frühkindliche Bildung, Schulen, berufliche und digitale Kompetenzen.",
    en = "Early childhood education, schools, vocational and digital skills.",
  },
  sdgs = { "4.1", "4.2", "4.4", "4.a" },
}

field "HF09" {
  title = { de = "Gesundheit & Pflege", en = "Health & care" },
  description = {
    de = "Ärztliche Versorgung, Pflege, Gesundheitsförderung, umweltbedingte Gesundheitsrisiken.",
    en = "Medical care, long-term care, health promotion, environmental health risks.",
  },
  sdgs = { "3.4", "3.8", "3.9", "3.c" },
}

field "HF10" {
  title = { de = "Wirtschaft, Arbeit, Handel & Tourismus", en = "Economy, labour, retail & tourism" },
  description = {
    de = "Beschäftigung, Arbeitsmarkt, Innenstadt und Handel, Gründungen, Tourismus.",
    en = "Employment, labour market, city centre and retail, start-ups, tourism.",
  },
  sdgs = { "8.2", "8.3", "8.5", "8.9", "9.2" },
}

field "HF11" {
  title = { de = "Sicherheit, Rettung & Katastrophenschutz", en = "Safety, rescue & civil protection" },
  description = {
    de = "Kriminalität, Rettungsdienst, Brand- und Katastrophenschutz, Resilienz.",
    en = "Crime, emergency medical services, fire and disaster protection, resilience.",
  },
  sdgs = { "1.5", "11.5", "13.1", "16.1" },
}

field "HF12" {
  title = { de = "Kultur & Freizeit", en = "Culture & leisure" },
  description = {
    de = "Kulturelle Einrichtungen, Kulturerbe, Sport und Naherholung.",
    en = "Cultural institutions, cultural heritage, sport and recreation.",
  },
  sdgs = { "4.7", "11.4", "11.7" },
}

field "HF13" {
  title = { de = "Daten & digitale Infrastruktur", en = "Data & digital infrastructure" },
  description = {
    de = "Breitband und Mobilfunk, offene Daten, urbane Datenplattformen, Sensorik.",
    en = "Broadband and mobile networks, open data, urban data platforms, sensors.",
  },
  sdgs = { "9.c", "16.10", "17.6", "17.8", "17.18" },
}

field "HF14" {
  title = { de = "Governance, Strategie & Kompetenzen", en = "Governance, strategy & skills" },
  description = {
    de = "Strategie und Steuerung, Zusammenarbeit, Kompetenzaufbau in der Verwaltung.",
    en = "Strategy and steering, cooperation, building skills in the administration.",
  },
  sdgs = { "11.a", "16.6", "16.7", "17.14", "17.17" },
}
