# Leave-one-out of gstat (Debian r-cran-gstat) on the robustness cases: Meuse (value ln(zinc)) and the synthetic
# cases of FieldCases (gt-interpolation/src/test/resources/fielddata/NAME.csv, value column "value").
#
#   Rscript loo_gstat.R RESOURCES OUT
#
# RESOURCES is gt-interpolation/src/test/resources; OUT receives NAME_gstat.csv per case (one row per point, in the
# input order: observed value and the leave-one-out prediction of each method) and gstat_summary.csv (RMSE per
# case and method, the fitted variogram). Methods, each by krige.cv (leave-one-out: every point predicted from
# all the others):
#   idw2_nmax10  inverse distance weighting, power 2, the 10 nearest points
#   idw2_all     inverse distance weighting, power 2, all points
#   ok_sph       ordinary kriging, all points, with a spherical variogram fitted once to the whole case by
#                fit.variogram(variogram(value ~ 1), vgm("Sph")) (gstat's default cutoff, bins and weights)
# A prediction gstat cannot make (a singular kriging system) is written as NA and counted in the summary.
suppressPackageStartupMessages({
  library(sp)
  library(gstat)
})

args <- commandArgs(trailingOnly = TRUE)
resources <- args[1]
out <- args[2]
dir.create(out, showWarnings = FALSE, recursive = TRUE)

cases <- list(list(name = "meuse", path = file.path(resources, "real/meuse/meuse_points.csv"), value = "logzinc"))
for (p in sort(Sys.glob(file.path(resources, "fielddata/*.csv")))) {
  cases[[length(cases) + 1]] <- list(name = sub("\\.csv$", "", basename(p)), path = p, value = "value")
}

rmse <- function(obs, pred) sqrt(mean((obs - pred)^2, na.rm = TRUE))
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

summary <- data.frame()
for (cs in cases) {
  d <- read.csv(cs$path)
  d$value <- d[[cs$value]]
  d <- d[, c("x", "y", "value")]
  coordinates(d) <- ~ x + y
  idw10 <- krige.cv(value ~ 1, d, nmax = 10, set = list(idp = 2), verbose = FALSE)
  idwall <- krige.cv(value ~ 1, d, set = list(idp = 2), verbose = FALSE)
  vg <- fit.variogram(variogram(value ~ 1, d), vgm("Sph"))
  ok <- krige.cv(value ~ 1, d, vg, verbose = FALSE)
  per <- data.frame(i = seq_len(nrow(d)) - 1, observed = fmt(d$value),
                    idw2_nmax10 = fmt(idw10$var1.pred), idw2_all = fmt(idwall$var1.pred), ok_sph = fmt(ok$var1.pred))
  write.csv(per, file.path(out, paste0(cs$name, "_gstat.csv")), row.names = FALSE, quote = FALSE)
  nugget <- if (nrow(vg) > 1) vg$psill[1] else 0
  model <- sprintf("Sph nugget %.6g psill %.6g range %.6g", nugget, vg$psill[nrow(vg)], vg$range[nrow(vg)])
  for (m in list(list("idw2_nmax10", idw10$var1.pred), list("idw2_all", idwall$var1.pred), list("ok_sph", ok$var1.pred))) {
    summary <- rbind(summary, data.frame(case = cs$name, method = m[[1]], n = nrow(d),
                                         missing = sum(is.na(m[[2]])), rmse = sprintf("%.6f", rmse(d$value, m[[2]])),
                                         model = if (m[[1]] == "ok_sph") model else "",
                                         tool = paste("gstat", packageVersion("gstat"), "R", getRversion())))
  }
  cat(sprintf("%-24s n=%4d  IDW nmax=10 %.4f  IDW all %.4f  OK %.4f  (%s)\n", cs$name, nrow(d),
              rmse(d$value, idw10$var1.pred), rmse(d$value, idwall$var1.pred), rmse(d$value, ok$var1.pred), model))
}
write.csv(summary, file.path(out, "gstat_summary.csv"), row.names = FALSE, quote = FALSE)
