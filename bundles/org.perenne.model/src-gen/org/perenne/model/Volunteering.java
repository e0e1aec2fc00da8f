/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volunteering</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Volunteering#getHoursPerMonth <em>Hours Per Month</em>}</li>
 *   <li>{@link org.perenne.model.Volunteering#getHourlyValue <em>Hourly Value</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getVolunteering()
 * @model
 * @generated
 */
public interface Volunteering extends Element {
	/**
	 * Returns the value of the '<em><b>Hours Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours Per Month</em>' attribute.
	 * @see #setHoursPerMonth(double)
	 * @see org.perenne.model.PerennePackage#getVolunteering_HoursPerMonth()
	 * @model
	 * @generated
	 */
	double getHoursPerMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.Volunteering#getHoursPerMonth <em>Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Month</em>' attribute.
	 * @see #getHoursPerMonth()
	 * @generated
	 */
	void setHoursPerMonth(double value);

	/**
	 * Returns the value of the '<em><b>Hourly Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hourly Value</em>' attribute.
	 * @see #setHourlyValue(double)
	 * @see org.perenne.model.PerennePackage#getVolunteering_HourlyValue()
	 * @model
	 * @generated
	 */
	double getHourlyValue();

	/**
	 * Sets the value of the '{@link org.perenne.model.Volunteering#getHourlyValue <em>Hourly Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hourly Value</em>' attribute.
	 * @see #getHourlyValue()
	 * @generated
	 */
	void setHourlyValue(double value);

} // Volunteering
