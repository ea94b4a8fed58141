report {
  progress = "eurostatt",
}
