-- HF04 Stadtentwicklung, Bauen & Wohnen

indicator "bevoelkerungsdichte" {
  title = { de = "Einwohner je km²", en = "Inhabitants per km²" },
  field = "HF04",
  sdg = "11.3.1",
  unit = { de = "EW/km²", en = "inhabitants/km²" }, decimals = 0,
  direction = "none",
  compute = function(d)
    return d.population / d.area_km2
  end,
}

indicator "bevoelkerungsentwicklung" {
  title = {
    de = "Bevölkerungsentwicklung, jährliche Rate über fünf Jahre",
    en = "Population growth, annual rate over five years",
  },
  field = "HF04",
  sdg = "11.3.1",
  unit = { de = "% p. a.", en = "% a year" }, decimals = 2,
  direction = "none",
  compute = function(d)
    return cagr(d.population, 5)
  end,
}

indicator "sozialwohnungsquote" {
  title = { de = "Sozialwohnungen je 100 Haushalte", en = "Social housing units per 100 households" },
  field = "HF04",
  sdg = "11.1.1",
  unit = { de = "je 100 Haushalte", en = "per 100 households" }, decimals = 1,
  direction = "up",
  target = { year = 2030, value = 4.5 },
  compute = function(d)
    return per(d.social_housing, d.households, 100)
  end,
}

indicator "angebotsmiete" {
  title = { de = "Angebotsmiete (nettokalt)", en = "Asking rent (net, excluding heating)" },
  field = "HF04",
  sdg = "11.1.1",
  unit = "EUR/m²", decimals = 2,
  direction = "down",
  compute = function(d)
    return d.rent_sqm                    -- Bezirke and city: weighted by households
  end,
}
