// The backtest's what-if table as a chart: precision and recall (lines) and MQLs (bars) by threshold.
(function () {
  const data = JSON.parse(document.getElementById("backtest-data").textContent);
  if (!data.length) return;
  const colours = ["#0d6efd", "#d63384"];
  const datasets = [];
  data.forEach((version, i) => {
    const colour = colours[i % colours.length];
    datasets.push({ type: "line", label: version.label + " precision", data: version.precision, borderColor: colour, yAxisID: "rate" });
    datasets.push({ type: "line", label: version.label + " recall", data: version.recall, borderColor: colour, borderDash: [6, 4], yAxisID: "rate" });
    datasets.push({ type: "bar", label: version.label + " MQLs", data: version.mqls, backgroundColor: colour + "33", yAxisID: "count" });
  });
  const canvas = document.getElementById("backtest-chart");
  new Chart(canvas, {
    data: { labels: data[0].thresholds, datasets: datasets },
    options: {
      // The canvas's 300:90 leaves a phone's chart 96 px tall, all legend and axes: square there.
      aspectRatio: canvas.parentElement.clientWidth < 500 ? 1 : 300 / 90,
      scales: {
        rate: { type: "linear", position: "left", min: 0, max: 1, title: { display: true, text: "precision / recall" } },
        count: { type: "linear", position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "MQLs" } },
        x: { title: { display: true, text: "threshold" } },
      },
    },
  });
})();
