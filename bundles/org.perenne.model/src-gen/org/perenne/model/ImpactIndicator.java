/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Impact Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.ImpactIndicator#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.perenne.model.ImpactIndicator#getAnnualTarget <em>Annual Target</em>}</li>
 *   <li>{@link org.perenne.model.ImpactIndicator#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getImpactIndicator()
 * @model
 * @generated
 */
public interface ImpactIndicator extends Element {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.ImpactMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.perenne.model.ImpactMetric
	 * @see #setMetric(ImpactMetric)
	 * @see org.perenne.model.PerennePackage#getImpactIndicator_Metric()
	 * @model
	 * @generated
	 */
	ImpactMetric getMetric();

	/**
	 * Sets the value of the '{@link org.perenne.model.ImpactIndicator#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see org.perenne.model.ImpactMetric
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(ImpactMetric value);

	/**
	 * Returns the value of the '<em><b>Annual Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Target</em>' attribute.
	 * @see #setAnnualTarget(double)
	 * @see org.perenne.model.PerennePackage#getImpactIndicator_AnnualTarget()
	 * @model
	 * @generated
	 */
	double getAnnualTarget();

	/**
	 * Sets the value of the '{@link org.perenne.model.ImpactIndicator#getAnnualTarget <em>Annual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Target</em>' attribute.
	 * @see #getAnnualTarget()
	 * @generated
	 */
	void setAnnualTarget(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.perenne.model.PerennePackage#getImpactIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.perenne.model.ImpactIndicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

} // ImpactIndicator
