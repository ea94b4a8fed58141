-- The 20 indicators of baseline_pandas.py compute(), as Series arithmetic.
local function ind(id, unit, f)
  indicator(id) { title = id, field = "B", unit = unit, compute = f }
end

ind("pop_density", "EW/km²", function(d) return d.population / d.area_km2 end)
ind("pop_change_yoy", "%", function(d) return pct_change(d.population, 1) end)
ind("pop_cagr_5y", "%", function(d) return cagr(d.population, 5) end)
ind("pop_share", "%", function(d) return share(d.population, d.population:area("DG")) end)
ind("avg_household_size", "persons", function(d) return d.population / d.households end)
ind("employment_ratio", "%", function(d) return share(d.employed, d.population) end)
ind("unemployment_rate", "%", function(d)
  return share(d.unemployed, d.employed + d.unemployed)
end)
ind("unemployment_rate_chg_pp", "pp", function(d) return change(d.unemployment_rate, 1) end)
ind("co2_per_capita", "t", function(d) return d.co2_t / d.population end)
ind("co2_pc_index_2000", "2000 = 100", function(d)
  local pc = d.co2_per_capita
  return pc:map(function(v, area, year)
    local base = pc:at(area, 2000)
    return v and base and 100 * v / base
  end)
end)
ind("co2_change_yoy", "%", function(d) return pct_change(d.co2_t, 1) end)
ind("co2_share", "%", function(d) return share(d.co2_t, d.co2_t:area("DG")) end)
ind("cars_per_1000", "cars", function(d) return per(d.cars, d.population, 1000) end)
ind("kwh_per_capita", "kWh", function(d) return d.total_kwh / d.population end)
ind("renewable_share", "%", function(d) return share(d.renewable_kwh, d.total_kwh) end)
ind("renewable_share_chg_5y_pp", "pp", function(d) return change(d.renewable_share, 5) end)
ind("bus_stop_coverage", "%", function(d) return share(d.bus_stops_pop_covered, d.population) end)
ind("green_m2_per_capita", "m²", function(d) return 1e6 * d.green_area_km2 / d.population end)
ind("green_area_share", "%", function(d) return share(d.green_area_km2, d.area_km2) end)
ind("broadband_share", "%", function(d) return share(d.broadband_households, d.households) end)
