indicator "kaputt" {
  title = "Kaputt"
  field = "HF04",
}
