report {
  title = "Bericht",
  opensdg = { status = "labels" },
}
